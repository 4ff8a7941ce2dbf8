import BrowserSheet from './BrowserSheet.astro';
import Card from './Card.astro';
import CardSheet from './CardSheet.astro';
import MillSheet from './MillSheet.astro';
import Sheet from './Sheet.astro';
import StoreColumn from './StoreColumn.astro';
import WriteSheet from './WriteSheet.astro';

/**
 * Components for print-ready sheets, usable in every guide without an import
 * (the guide page passes them to the MDX content with the lesson components).
 */
export const sheetComponents = { BrowserSheet, Card, CardSheet, MillSheet, Sheet, StoreColumn, WriteSheet };
