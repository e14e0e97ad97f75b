import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface Tab<Id extends string> {
  id: Id;
  label: string;
}

export interface TabsProps<Id extends string> {
  /** Names the tab list for screen readers. */
  label: string;
  tabs: readonly Tab<Id>[];
  selected: Id;
  onSelect(id: Id): void;
  /** The panel of each tab; panels not selected stay mounted (their state survives) but hidden. */
  panels: Record<Id, ComponentChildren>;
}

/** ARIA tabs: arrow keys, Home and End move between tabs and select them; Tab goes into the panel. */
export function Tabs<Id extends string>({ label, tabs, selected, onSelect, panels }: TabsProps<Id>) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const index = tabs.findIndex((tab) => tab.id === selected);
    const next =
      e.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : e.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : -1;
    const tab = tabs[next];
    if (!tab) return;
    e.preventDefault();
    onSelect(tab.id);
    list.current?.querySelector<HTMLElement>(`#wp-tab-${tab.id}`)?.focus();
  };
  return (
    <>
      <div class="tabs" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`wp-tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`wp-panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            data-tab={tab.id}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`wp-panel-${tab.id}`}
          aria-labelledby={`wp-tab-${tab.id}`}
          tabIndex={0}
          hidden={tab.id !== selected}
          class="panel"
        >
          {panels[tab.id]}
        </div>
      ))}
    </>
  );
}
