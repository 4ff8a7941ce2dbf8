import Aside from './Aside.astro';
import Choice from './Choice.astro';
import FacilitatorNote from './FacilitatorNote.astro';
import Figure from './Figure.astro';
import MathTex from './MathTex.astro';
import Quiz from './Quiz.astro';
import Try from './Try.astro';

/** Components every lesson can use without importing them (see docs/authoring.md). */
export const mdxComponents = { Aside, Choice, FacilitatorNote, Figure, Math: MathTex, Quiz, Try };
