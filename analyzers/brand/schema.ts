// The brand rule set: plain data, versioned, validated on every read from
// outside (a file, synced storage, an administrator's policy).
import * as v from 'valibot';
import { PLATFORMS } from '../types';

export const BRAND_SCHEMA_ID = 'whypost.brand';
export const BRAND_SCHEMA_VERSION = 1;

export const SEVERITIES = ['suggestion', 'warning', 'blocker'] as const;
export const OBJECTIVES = ['awareness', 'leads', 'sales', 'recruitment', 'support'] as const;
export type Objective = (typeof OBJECTIVES)[number];
/** What a conditional rule can be triggered by. */
export const TRIGGERS = ['promotion', 'event', 'contest', 'job-offer', 'link', 'price'] as const;
/** What a conditional rule can require. */
export const REQUIREMENTS = ['call-to-action', 'link', 'tracked-link', 'date', 'price', 'audience'] as const;
export const VERDICTS = ['ready', 'needs-work', 'posting-for-posting-sake'] as const;

const Severity = v.picklist(SEVERITIES);
const Term = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(100, 'must be at most 100 characters'),
);
const Terms = v.optional(v.pipe(v.array(Term), v.maxLength(200, 'must list at most 200 terms')), []);
const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes'));
const Domain = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.regex(
    /^(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$|^\*$/,
    'must be a domain such as shop.example.com, *.example.com or *',
  ),
);
const Localized = v.strictObject({
  fr: v.optional(v.pipe(v.string(), v.maxLength(300))),
  en: v.optional(v.pipe(v.string(), v.maxLength(300))),
});

const BannedTerm = v.union(
  [Term, v.strictObject({ term: Term, reason: v.optional(v.pipe(v.string(), v.maxLength(300))) })],
  'must be a term or { "term": …, "reason": … }',
);

const Condition = v.strictObject({
  id: Id,
  when: v.union(
    [v.strictObject({ signal: v.picklist(TRIGGERS) }), v.strictObject({ term: Term })],
    `must be { "signal": ${TRIGGERS.map((t) => `"${t}"`).join(' | ')} } or { "term": "…" }`,
  ),
  require: v.pipe(
    v.array(
      v.union(
        [v.picklist(REQUIREMENTS), v.strictObject({ term: Term })],
        `must be one of ${REQUIREMENTS.map((r) => `"${r}"`).join(', ')} or { "term": "…" }`,
      ),
    ),
    v.minLength(1, 'must require at least one thing'),
  ),
  severity: v.optional(Severity, 'warning'),
  message: v.optional(Localized),
});

export const BrandSchema = v.strictObject({
  $schema: v.optional(v.string()),
  schema: v.literal(BRAND_SCHEMA_ID, `must be "${BRAND_SCHEMA_ID}"`),
  version: v.literal(BRAND_SCHEMA_VERSION, `must be ${BRAND_SCHEMA_VERSION}`),
  id: v.optional(Id),
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(80)),
  locale: v.optional(v.picklist(['fr-FR', 'fr-CA', 'en'])),
  accounts: v.optional(v.array(v.strictObject({ platform: v.picklist(PLATFORMS), handle: Term })), []),
  products: Terms,
  objectives: v.optional(v.array(v.picklist(OBJECTIVES)), []),
  audiences: Terms,
  callsToAction: Terms,
  requiredTerms: Terms,
  bannedTerms: v.optional(v.array(BannedTerm), []),
  utm: v.optional(
    v.array(
      v.strictObject({
        domains: v.pipe(v.array(Domain), v.minLength(1, 'must list at least one domain')),
        parameters: v.pipe(
          v.array(v.pipe(v.string(), v.regex(/^[a-z0-9_]+$/i, 'must be a query parameter name such as utm_source'))),
          v.minLength(1, 'must list at least one parameter'),
        ),
      }),
    ),
    [],
  ),
  rules: v.optional(
    v.record(v.string(), v.strictObject({ enabled: v.optional(v.boolean()), severity: v.optional(Severity) })),
    {},
  ),
  minSeverity: v.optional(Severity, 'suggestion'),
  blocking: v.optional(
    v.strictObject({
      verdicts: v.optional(v.array(v.picklist(VERDICTS)), ['posting-for-posting-sake']),
      severity: v.optional(v.nullable(Severity), 'blocker'),
      rules: v.optional(v.array(Id), []),
    }),
    {},
  ),
  conditions: v.optional(v.array(Condition), []),
});

/** A brand rule set as written in a file (defaults may be missing). */
export type BrandInput = v.InferInput<typeof BrandSchema>;
/** A validated brand rule set, with every default filled in. */
export type Brand = v.InferOutput<typeof BrandSchema>;
export type Condition = v.InferOutput<typeof Condition>;
