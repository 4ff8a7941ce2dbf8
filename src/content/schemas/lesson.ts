import { z } from 'astro/zod';
import { levelSchema } from './level';
import { pioneerSchema } from './pioneer';
import { sourceSchema } from './source';
import { missing, strictObject } from './strict';

/** One playground try that counts towards finishing the lesson. */
export const checkSchema = strictObject(
  {
    /** Id the playground reports when the try passes: `<playground>:<try>`. */
    id: z.string(missing('id', 'id: mini-mill:answer')).regex(/^[a-z0-9-]+:[a-z0-9-]+$/, {
      error: 'A check id looks like playground:try, in lower case, e.g. mini-mill:answer',
    }),
    /** What the learner does, shown in the lesson's checklist. */
    label: z.string(missing('label', 'label: Turn the crank and get an answer')).min(1),
  },
  'check',
);

/** One step of a web page lesson: an automatic check with a ladder of hints. */
export const stepSchema = strictObject(
  {
    /** Name of a step check from src/lib/html-checks (STEP_CHECKS), e.g. has-element. */
    check: z.string(missing('check', 'check: has-element')).regex(/^[a-z0-9-]+$/),
    /** The check's argument, when it takes one (e.g. h1). */
    arg: z.union([z.string(), z.number()]).optional(),
    /** What to do, shown in the checklist: "Add a main heading with her name". */
    label: z.string(missing('label', 'label: Add a main heading')).min(1),
    /** First hint: a nudge. */
    hint: z.string(missing('hint', 'hint: Headings go inside <body>.')).min(1),
    /** Second hint: nearly the answer. */
    biggerHint: z.string(missing('biggerHint', 'biggerHint: Type <h1> before her name and </h1> after it.')).min(1),
    /** "Show me": the code that makes the step pass. */
    show: z.string(missing('show', 'show: <h1>Ada Lovelace</h1>')).min(1),
  },
  'step',
);

/** Frontmatter of one lesson (`lessons/<locale>/<NN-track>/<NN-lesson>.mdx`). */
export const lessonSchema = strictObject(
  {
    /** The lesson's title, shown as its heading and in lists. */
    title: z.string(missing('title', 'title: Meet the Mill')).min(1),
    /** One sentence shown in lists and search results. */
    summary: z.string(missing('summary', 'summary: Add two numbers the way the Engine did.')).min(1),
    /** How long the lesson takes, in whole minutes (1–180). */
    duration: z.number(missing('duration', 'duration: 15')).int().min(1).max(180),
    /** Level; inherited from the track when left out. */
    level: levelSchema.optional(),
    /** What the learner can check she can do afterwards ("You can …"). */
    objectives: z.array(z.string().min(1), missing('objectives', 'objectives: ["You can …"]')).min(1),
    /** Pioneers featured; inherited from the track when left out. */
    pioneers: z.array(pioneerSchema).optional(),
    /** Sources for every historical claim in the lesson ([] only when it makes none). */
    sources: z.array(sourceSchema, missing('sources', 'sources: [{ title: "…", author: "…" }]')),
    /**
     * Playground tries that complete the lesson when all have passed; each id is
     * one a playground reports (e.g. `mini-mill:answer`), each label is shown as a checklist.
     * Without checks, the lesson has an "I've finished this lesson" button.
     */
    checks: z.array(checkSchema).max(20).optional(),
    /** Steps checked live in the web page playground, in order. */
    steps: z.array(stepSchema).max(12).optional(),
    /** Notes for workshop facilitators: timing, stumbling blocks, questions to ask. */
    facilitatorNotes: z.string().min(1).optional(),
    /** Things a workshop needs for this lesson (paper, cards, a partner). */
    materials: z.array(z.string().min(1)).optional(),
  },
  'lesson',
);

/** Lesson frontmatter after validation. */
export type LessonData = z.infer<typeof lessonSchema>;
