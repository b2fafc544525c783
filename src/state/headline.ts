import { formatLarge, formatList, formatNumber, formatShare } from '../i18n/format';
import type { Lang, Translate } from '../i18n/translate';
import type { FilteredFigures } from './buildDashboard';
import type { DatasetId } from '../data/schema';
import { placeName } from './placeName';

// More names than this read as a list, not a headline: the count is said instead.
const MOST_NAMES = 3;

/** The area the selection covers, by name where it is one to three counties, by count otherwise. */
export function areaName(
  figures: Pick<FilteredFigures, 'chosenCountyNames' | 'countyOptions'> & Partial<Pick<FilteredFigures, 'path' | 'childLevel'>>,
  lang: Lang,
  t: Translate,
): string {
  const names = figures.chosenCountyNames.length > 0 ? figures.chosenCountyNames : figures.countyOptions.map((option) => option.name);
  // A view of a place the data states levels above its counties for is named by that place (全国, 山西省).
  const place = figures.path?.[figures.path.length - 1];
  if (figures.chosenCountyNames.length === 0 && place && (figures.path!.length > 1 || (figures.childLevel ?? 'county') !== 'county'))
    return placeName(place.code, place.name, t);
  return names.length <= MOST_NAMES ? formatList(names, lang) : t('headline.counties', { count: formatNumber(names.length, lang) });
}

/** The places a figure comes from, by name where there are one to three, by count otherwise. */
export function placesNamed(names: readonly string[], lang: Lang, t: Translate): string {
  return names.length <= MOST_NAMES ? formatList(names, lang) : t('headline.places', { count: formatNumber(names.length, lang) });
}

/**
 * The selection in a few sentences, from the same summaries the cards and charts use: each dataset's figures with
 * its own years (a flow over 2016–2020 is not a stock of 2020), and only what the data states.
 */
export function headline(
  figures: Pick<FilteredFigures, 'overall' | 'datasetPeriods' | 'chosenCountyNames' | 'countyOptions'> &
    Partial<Pick<FilteredFigures, 'path' | 'childLevel' | 'figuresFrom'>>,
  lang: Lang,
  t: Translate,
): string {
  const { overall: s, datasetPeriods: periods } = figures;
  const n = (value: number) => formatNumber(value, lang);
  const sentences: string[] = [];
  // A figure the area does not state itself says whose it is: the nation's income gain is one county's.
  const from = (id: DatasetId, sentence: string) => {
    const places = figures.figuresFrom?.[id];
    return places ? sentence.replace(/[。.]$/u, '') + t('headline.fromParts', { places: placesNamed(places, lang, t) }) : sentence;
  };
  if (s.people.value !== null) {
    const registered =
      s.registered_poor_people.value !== null && s.registered_poor_share !== null
        ? t('headline.registered', { registered: n(s.registered_poor_people.value), share: formatShare(s.registered_poor_share, lang) })
        : '';
    sentences.push(
      from('relocation', t('headline.relocation', { area: areaName(figures, lang, t), period: periods.relocation, people: n(s.people.value), registered })),
    );
  } else if (s.registered_poor_people.value !== null) {
    // The nation's sources state registered-poor people (960多万), not everyone relocated: said as that, never as all.
    const approximate = s.registered_poor_people.approximate ? t('headline.approximate') : '';
    sentences.push(
      from(
        'relocation',
        t('headline.registeredOnly', { period: periods.relocation, registered: formatLarge(s.registered_poor_people.value, lang), approximate }),
      ),
    );
  }
  if (s.sites.value !== null) {
    const people = s.site_people.value === null ? '' : t('headline.sitePeople', { people: n(s.site_people.value) });
    sentences.push(from('sites', t(s.sites.value === 1 ? 'headline.site' : 'headline.sites', { period: periods.sites, sites: n(s.sites.value), people })));
  }
  if (s.jobs.value !== null) sentences.push(from('jobs', t('headline.jobs', { period: periods.jobs, jobs: n(s.jobs.value) })));
  if (s.income_gain_per_household_yuan.value !== null)
    sentences.push(from('income', t('headline.income', { period: periods.income, gain: n(Math.round(s.income_gain_per_household_yuan.value)) })));
  if (s.income_gain_per_capita_yuan.value !== null && s.gain_per_capita_people.value !== null)
    sentences.push(
      from(
        'income',
        t('headline.incomePerCapita', {
          period: periods.income,
          people: n(s.gain_per_capita_people.value),
          gain: n(Math.round(s.income_gain_per_capita_yuan.value)),
        }),
      ),
    );
  const text = sentences.join(lang === 'zh' ? '' : ' ');
  // The relocation sentence names the area; without it (a period with sites or income only) the area leads.
  return s.people.value === null && text !== '' ? t('headline.areaLead', { area: areaName(figures, lang, t), text }) : text;
}
