// The interface-language picker of the extension's pages (popup, coaching report): automatic,
// French or English; each language named in itself.
import { LANGUAGE_NAMES } from '../analyzers/messages';
import type { Settings } from '../utils/storage';

const UI_LANGS: readonly Settings['uiLang'][] = ['auto', 'fr', 'en'];

interface LanguagePickerProps {
  label: string;
  autoLabel: string;
  value: Settings['uiLang'];
  onChange: (lang: Settings['uiLang']) => void;
  class?: string;
}

export function LanguagePicker({ label, autoLabel, value, onChange, class: className = 'lang' }: LanguagePickerProps) {
  return (
    <label class={className}>
      <span>{label}</span>
      <select
        value={value}
        data-whypost="ui-lang"
        onChange={(e) => {
          const lang = UI_LANGS.find((l) => l === e.currentTarget.value);
          if (lang) onChange(lang);
        }}
      >
        <option value="auto">{autoLabel}</option>
        <option value="fr" lang="fr">
          {LANGUAGE_NAMES.fr.fr}
        </option>
        <option value="en" lang="en">
          {LANGUAGE_NAMES.en.en}
        </option>
      </select>
    </label>
  );
}
