interface ChoiceSelectProps<T extends string> {
  testId: string;
  label: string;
  value: T;
  choices: readonly T[];
  wording: (choice: T) => string;
  onChange: (choice: T) => void;
}

/** A select for one counting choice (how to read the file, repeats, quotes), each option in the page's words. */
export function ChoiceSelect<T extends string>({ testId, label, value, choices, wording, onChange }: ChoiceSelectProps<T>) {
  return (
    <label>
      {label}{' '}
      <select data-testid={testId} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {wording(choice)}
          </option>
        ))}
      </select>
    </label>
  );
}
