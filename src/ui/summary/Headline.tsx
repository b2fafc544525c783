import { useI18n } from '../common/I18nContext';
import { headline } from '../../state/headline';
import type { FilteredFigures } from '../../state/buildDashboard';

/** The selection's story in a sentence or two, above the cards that detail it. */
export function Headline({ figures }: { figures: FilteredFigures }) {
  const { lang, t } = useI18n();
  const text = headline(figures, lang, t);
  if (text === '') return null;
  return (
    <p className="headline" data-testid="headline">
      {text}
    </p>
  );
}
