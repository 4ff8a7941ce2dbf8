import type { Translate } from '~/i18n';
import type { LocaleNode } from '~/lib/curriculum';
import type { JourneyTrack } from '~/playgrounds/journey/types';

/** The plain track data the journey and certificate islands need. */
export function journeyTracks(tree: LocaleNode, t: Translate): JourneyTrack[] {
  return tree.tracks.map((track, index) => {
    const badge = (track.data as { badge?: { pioneer: string } }).badge;
    const pioneerId = badge?.pioneer ?? track.pioneers[0] ?? '';
    const pioneer = pioneerId ? t(`pioneer.${pioneerId}.name`) : track.title;
    return {
      slug: track.slug,
      title: track.title,
      path: track.path,
      duration: track.duration,
      lessons: track.lessons.map((l) => ({ path: l.path, title: l.title })),
      pioneer,
      badge: t('journey.badgeName', { pioneer }),
      index,
    };
  });
}
