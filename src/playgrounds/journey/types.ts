/** What the journey and certificate islands know about a track (plain data from the page). */
export interface JourneyTrack {
  slug: string;
  title: string;
  path: string;
  /** Minutes, summed over lessons. */
  duration: number;
  lessons: { path: string; title: string }[];
  /** Name of the pioneer the badge honours. */
  pioneer: string;
  /** "Grace Hopper badge". */
  badge: string;
  /** 0-based position, which picks the badge's colours. */
  index: number;
}
