import type { Dispatch } from 'react';
import { placeName } from '../../state/placeName';
import type { ViewAction } from '../../state/viewState';
import { useI18n } from '../common/I18nContext';

interface BreadcrumbProps {
  /** The places from the nation down to the one shown. */
  path: readonly { code: string; name: string }[];
  dispatch: Dispatch<ViewAction>;
}

/** Where the view stands, nation → province → prefecture → county: each place above the one shown goes back up to it. */
export function Breadcrumb({ path, dispatch }: BreadcrumbProps) {
  const { t } = useI18n();
  const nameOf = (place: { code: string; name: string }) => placeName(place.code, place.name, t);
  return (
    <nav className="breadcrumb" aria-label={t('area.breadcrumb')} data-testid="breadcrumb">
      <ol>
        {path.map((place, index) => (
          <li key={place.code} data-area-code={place.code}>
            {index === path.length - 1 ? (
              <span aria-current="page">{nameOf(place)}</span>
            ) : (
              <button type="button" className="breadcrumb-link" onClick={() => dispatch({ type: 'set-area', area: place.code })}>
                {nameOf(place)}
              </button>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
