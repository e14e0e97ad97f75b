// Starting points for a brand rule set. Each is a complete, valid file.
import type { BrandInput } from './schema';
import { BRAND_SCHEMA_ID, BRAND_SCHEMA_VERSION } from './schema';

const base = { schema: BRAND_SCHEMA_ID, version: BRAND_SCHEMA_VERSION } as const;

export const PRESETS = {
  /** The rules as shipped, for any brand. */
  default: { ...base, id: 'default', name: 'Default' },

  /** A shop selling to consumers: every promotion must be actionable and tracked. */
  'b2c-shop': {
    ...base,
    id: 'b2c-shop',
    name: 'B2C shop',
    objectives: ['sales', 'awareness', 'support'],
    audiences: ['customers', 'clients', 'families', 'familles'],
    rules: { 'untracked-link': { severity: 'warning' }, 'engagement-bait': { severity: 'blocker' } },
    conditions: [
      {
        id: 'promotion-needs-action',
        when: { signal: 'promotion' },
        require: ['call-to-action', 'link', 'tracked-link'],
        severity: 'warning',
      },
      { id: 'contest-needs-action', when: { signal: 'contest' }, require: ['call-to-action'], severity: 'blocker' },
    ],
  },

  /** A company selling to companies: leads and credibility, no jargon. */
  b2b: {
    ...base,
    id: 'b2b',
    name: 'B2B',
    objectives: ['leads', 'awareness', 'recruitment'],
    audiences: ['PME', 'TPE', 'small businesses', 'SMEs', 'entreprises', 'companies', 'teams', 'équipes'],
    rules: {
      buzzwords: { severity: 'warning' },
      'self-centred': { severity: 'warning' },
      'press-release-dump': { severity: 'blocker' },
    },
    conditions: [
      {
        id: 'event-needs-registration',
        when: { signal: 'event' },
        require: ['call-to-action', 'date', 'tracked-link'],
        severity: 'warning',
      },
    ],
  },

  /** A public body: practical information first, for residents; no selling. */
  'public-institution': {
    ...base,
    id: 'public-institution',
    name: 'Public institution',
    objectives: ['awareness', 'support', 'recruitment'],
    audiences: ['habitants', 'résidents', 'usagers', 'riverains', 'residents', 'citizens', 'citoyens'],
    rules: {
      'engagement-bait': { severity: 'blocker' },
      'weekend-anecdote': { severity: 'blocker' },
      'self-centred': { severity: 'warning' },
    },
    conditions: [{ id: 'event-needs-date', when: { signal: 'event' }, require: ['date'], severity: 'warning' }],
  },

  /** An agency that answers to clients: every gap is a blocker before publishing. */
  'strict-agency': {
    ...base,
    id: 'strict-agency',
    name: 'Strict agency',
    rules: {
      'press-release-dump': { severity: 'blocker' },
      'weekend-anecdote': { severity: 'blocker' },
      'no-objective': { severity: 'blocker' },
      'missing-call-to-action': { severity: 'blocker' },
      'untracked-link': { severity: 'warning' },
      'missing-audience': { severity: 'warning' },
    },
    blocking: { verdicts: ['posting-for-posting-sake', 'needs-work'], severity: 'warning' },
  },
} as const satisfies Record<string, BrandInput>;

export type PresetId = keyof typeof PRESETS;
