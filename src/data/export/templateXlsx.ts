import writeExcelFile, { type Feature, type SheetData } from 'write-excel-file/universal';
import { insertElementMarkupAccordingToOrderOfSiblings, sanitizeAttributeValue } from 'write-excel-file/utility';
import { DATASETS, type ColumnSpec, type DatasetId } from '../schema';
import { countiesOfProvince } from '../adminDivisions';
import { columnLetters } from '../workbook/cellAddress';
import { columnWidth, sheetName } from './tableXlsx';

/** The words of a template, in the reader's language. */
export interface TemplateLabels {
  dataSheet: string;
  instructionsSheet: string;
  countiesSheet: string;
  /** The instructions, one paragraph a row. */
  rules: readonly string[];
  exampleTitle: string;
  countyHeader: readonly [code: string, county: string, prefecture: string];
}

/** How many rows of the data sheet offer the drop-down lists. */
const ROWS_OFFERED = 1000;
const PERIODS = ['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2016-2020', '十三五'];
// Sheet order of <dataValidations> inside <worksheet> (ECMA-376 Part 1, 18.3.1.99).
const WORKSHEET_ORDER = ['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

/** A header cell an importer reads in either language: the Chinese wording (with its unit), a line break, the key. */
export function bilingualHeader(column: ColumnSpec): string {
  return `${column.zh}${column.unit ? `（${column.unit.zh}）` : ''}\n${column.key}`;
}

function choicesOf(column: ColumnSpec): string[] | null {
  if (column.enumValues) return column.enumValues.map((option) => option.label.zh);
  return column.type === 'period' ? PERIODS : null;
}

/** Excel's drop-down lists (data validation of type list) on the data sheet, one per column that has choices. */
function dropDowns(columns: readonly ColumnSpec[]): Feature<Blob> {
  const rules = columns.flatMap((column, index) => {
    const choices = choicesOf(column);
    if (!choices) return [];
    const letters = columnLetters(index);
    // A list written in the rule is limited to 255 characters, which every list here keeps within.
    const formula = `"${choices.join(',')}"`;
    return [{ sqref: `${letters}2:${letters}${ROWS_OFFERED + 1}`, formula }];
  });
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml, _options, { sheetIndex }) => {
            if (sheetIndex !== 0 || rules.length === 0) return xml;
            const inner = rules
              .map(
                (rule) =>
                  `<dataValidation type="list" allowBlank="1" showErrorMessage="0" sqref="${sanitizeAttributeValue(rule.sqref)}"><formula1>${rule.formula.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</formula1></dataValidation>`,
              )
              .join('');
            const element = `<dataValidations count="${rules.length}">${inner}</dataValidations>`;
            return insertElementMarkupAccordingToOrderOfSiblings(xml, element, WORKSHEET_ORDER, 'worksheet');
          },
        },
      },
    },
  };
}

/** A worked example: one line of the dataset, for Dai County, with every column a figure or a word would fill. */
function exampleRow(column: ColumnSpec): string {
  if (column.key === 'county_code') return '140923';
  if (column.key === 'county') return '代县';
  const choices = choicesOf(column);
  if (choices) return choices[column.type === 'period' ? 3 : 0] ?? '';
  if (column.type === 'count' || column.type === 'amount') return '120';
  if (column.type === 'year') return '2019';
  return '';
}

/**
 * An .xlsx template for a dataset that fills itself in: the data sheet's headers in Chinese and English (one cell,
 * two lines, read in either language), codes and names formatted as text, and drop-down lists for the columns with
 * set choices and for periods; an
 * instructions sheet with the rules and a worked example; and the chosen province's counties, codes stored as
 * text, on a sheet of their own.
 */
export function templateXlsx(datasetId: DatasetId, provinceCode: string, labels: TemplateLabels): Promise<Blob> {
  const columns = DATASETS[datasetId].columns;
  const header = columns.map((column) => ({ value: bilingualHeader(column), type: String, fontWeight: 'bold' as const, wrap: true }));
  // Empty cells formatted as text where a code or a name goes, so Excel keeps 0012 and 140923000000 as typed.
  const asText = columns.map((column) => column.type === 'code' || column.type === 'text');
  const blank = columns.map((_, index) => (asText[index] ? { value: '', type: String, format: '@' } : null));
  const data: SheetData = [header, ...Array.from({ length: ROWS_OFFERED }, () => blank)];
  // The example runs down the sheet, a column to a row, so that no row of it reads as a table's header: a
  // workbook uploaded with its instructions sheet still imports only its data sheet.
  const instructions: SheetData = [
    ...labels.rules.map((rule) => [{ value: rule, type: String, wrap: true }]),
    [null],
    [{ value: labels.exampleTitle, type: String, fontWeight: 'bold' as const }],
    ...columns.map((column, index) => [
      { value: `${columnLetters(index)} · ${column.zh} ${column.key}`, type: String },
      exampleRow(column) === '' ? null : { value: exampleRow(column), type: String, format: '@' },
      { value: column.description.zh, type: String, wrap: true },
    ]),
  ];
  const counties = countiesOfProvince(provinceCode);
  const countySheet: SheetData = [
    labels.countyHeader.map((value) => ({ value, type: String, fontWeight: 'bold' as const })),
    ...counties.map((county) => [
      { value: county.code, type: String, format: '@' },
      { value: county.county, type: String },
      { value: county.prefecture, type: String },
    ]),
  ];
  const widths = columns.map((column) => ({ width: columnWidth([column.zh + (column.unit ? `（${column.unit.zh}）` : ''), column.key]) }));
  return writeExcelFile(
    [
      { data, sheet: sheetName(labels.dataSheet), columns: widths, stickyRowsCount: 1 },
      { data: instructions, sheet: sheetName(labels.instructionsSheet), columns: [{ width: 36 }, { width: 14 }, { width: 60 }] },
      { data: countySheet, sheet: sheetName(labels.countiesSheet), columns: [{ width: 12 }, { width: 20 }, { width: 20 }] },
    ],
    { features: [dropDowns(columns)] },
  ).toBlob();
}
