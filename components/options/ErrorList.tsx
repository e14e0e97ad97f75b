import type { BrandError } from '../../analyzers/brand';
import { errorText } from './form';
import type { OptionsStrings } from './strings';

export interface ErrorListProps {
  errors: readonly BrandError[];
  /** The sentence before the list ("nothing was changed"). */
  intro: string;
  t: OptionsStrings;
  hook?: string;
}

/** The errors of a rule set that was refused, one per line: "line 9 · rules.x.enabled: expected boolean". */
export function ErrorList({ errors, intro, t, hook }: ErrorListProps) {
  return (
    <div class="error-summary" role="alert" data-whypost={hook}>
      <p>{intro}</p>
      <ul>
        {errors.map((e, i) => (
          <li key={i} data-path={e.path}>
            {errorText(e, t)}
          </li>
        ))}
      </ul>
    </div>
  );
}
