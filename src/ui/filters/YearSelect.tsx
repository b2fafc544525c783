/** One end of the period filter: a select of the data's years, named for screen readers. */
export function YearSelect({
  label,
  testId,
  years,
  value,
  onChange,
}: {
  label: string;
  testId: string;
  years: number[];
  value: number;
  onChange: (year: number) => void;
}) {
  return (
    <label>
      <span className="visually-hidden">{label}</span>
      <select data-testid={testId} value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </label>
  );
}
