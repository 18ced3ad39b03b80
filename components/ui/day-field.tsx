// A calendar-day field: labelled, YYYY-MM-DD as plain text on purpose, so what the user typed reaches
// the API unchanged and its 400 names the bad field (a date picker would hide or reformat the input).
import { inputClass, labelClass } from "./styles";

export function DayField({
  id,
  label,
  name,
  value,
  onChange,
  describedBy,
  className = "flex flex-col gap-1",
}: {
  id: string;
  label: string;
  name?: string;
  value: string;
  onChange: (value: string) => void;
  describedBy?: string;
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input
        id={id}
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder="YYYY-MM-DD"
        aria-describedby={describedBy}
        inputMode="numeric"
        autoComplete="off"
        className={inputClass}
      />
    </div>
  );
}
