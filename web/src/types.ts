// Shapes of the JSON API (docs/api.md).
export type Role = 'admin' | 'officer' | 'reporter' | 'council' | 'viewer';
export type UnitStatus = 'active' | 'dissolved' | 'merged';
export type PersonKind = 'officer' | 'member' | 'civilian';
export type TeamRole = 'to_truong' | 'to_pho' | 'to_vien';

export interface User {
  id: number;
  username: string;
  full_name: string;
  role: Role;
  unit_id: number;
  unit_name: string;
  disabled: boolean;
  created_at: string;
}

export interface SessionAnswer {
  user: User;
  csrf_token: string;
}

export interface Unit {
  id: number;
  name: string;
  kind: string;
  code: string;
  parent_id: number | null;
  parent_name?: string | null;
  valid_from: string;
  valid_to: string | null;
  status: UnitStatus;
  successor_id: number | null;
  successor_name?: string | null;
}

export interface UnitEvent {
  id: number;
  kind: 'create' | 'rename' | 'move' | 'dissolve' | 'merge' | string;
  date: string;
  document: string | null;
  details: Record<string, unknown> | null;
  unit_ids: number[];
}

export interface UnitDetail extends Unit {
  predecessors: Unit[];
  events: UnitEvent[];
}

export interface Posting {
  id: number;
  person_id: number;
  person_name: string;
  unit_id: number;
  unit_name: string;
  rank: string | null;
  position: string | null;
  team_role: TeamRole | null;
  from: string;
  to: string | null;
}

export interface Person {
  id: number;
  full_name: string;
  kind: PersonKind;
  birth_year: number | null;
  current: Posting | null;
}

export interface PersonDetail extends Person {
  postings: Posting[];
}

export interface AuditEntry {
  id: number;
  at: string;
  user_id: number | null;
  username: string;
  address: string;
  action: string;
  entity: string;
  entity_id: number | null;
  unit_id: number | null;
  before: unknown;
  after: unknown;
  hash: string;
}

export interface ListAnswer<T> {
  items: T[];
  total: number;
}

export interface CodeLabel {
  code: string;
  label: string;
}

export interface Meta {
  unit_kinds: CodeLabel[];
  roles: CodeLabel[];
  team_roles: CodeLabel[];
  ranks: CodeLabel[];
  person_kinds: CodeLabel[];
  today: string;
}

/** The posting part of the person forms. */
export interface PostingModel {
  unit_id: number | null;
  rank: string | null;
  position: string;
  team_role: string | null;
  from: string | null;
}

// ---- Emulation: movements, groups, pledges, registrations (src/api/routes_emulation.cpp) ----

/** A target of a movement or a commitment of a pledge (one model). */
export interface Commitment {
  kind: 'change' | 'rate' | 'count' | 'composite' | 'qualitative' | string;
  indicator?: string;
  direction?: string;
  value?: number | null;
  unit?: string;
  baseline?: string;
  measure?: string;
  text?: string;
  all_of?: Commitment[];
}

export interface Phase {
  id?: number;
  ordinal: number;
  start: string;
  end: string;
  title: string;
  focus?: string | null;
  current?: boolean;
}

export interface UnitRef {
  unit_id: number;
  name: string;
  kind: string;
}

export interface Chair {
  person_id: number | null;
  name: string;
  position: string | null;
}

export interface Transition {
  from: string;
  to: string;
  date: string;
  note: string | null;
  username: string;
  at: string;
}

export interface Attachment {
  id: number;
  name: string;
  content_type: string;
  size: number;
  sha256: string;
  has_content: boolean;
  created_at: string;
}

export interface Movement {
  id: number;
  kind: string;
  kind_label: string;
  name: string;
  state: string;
  state_label: string;
  allowed_transitions: string[];
  owner_unit_id: number;
  owner_unit_name: string;
  organisers: UnitRef[];
  parent_id: number | null;
  parent_name: string | null;
  children: { id: number; name: string; state: string; owner_unit_id: number; owner_unit_name: string; start: string; end: string }[];
  launch: { date: string | null; place: string | null; chairs: Chair[] };
  theme: string | null;
  motto: string | null;
  scope: { units: UnitRef[]; text: string | null };
  start: string;
  end: string;
  phases: Phase[];
  at: string;
  period_status: 'not_started' | 'in_progress' | 'ended' | string;
  current_phase: Phase | null;
  /** What the movement is today by its dates and reviews (core/emulation_lifecycle.h). */
  lifecycle?: { code: string; label: string; phase_ordinal: number | null; days_left: number | null; days_to_start: number | null };
  content_areas: string[];
  targets: Commitment[];
  attachments: Attachment[];
  transitions: Transition[];
  created_at: string;
  updated_at: string;
}

export interface Leadership {
  unit_id: number;
  unit_name: string;
  method: string;
  method_label: string;
  date: string;
  document: string | null;
}

export interface GroupMember {
  unit_id: number;
  /** The unit's name as it was that year. */
  name: string;
  name_now: string;
  kind: string;
  status: string;
  successor_id: number | null;
  successor_name: string | null;
  role: 'leader' | 'deputy' | 'member';
}

export interface GroupDocument {
  id: number;
  kind: string;
  kind_label: string;
  title: string;
  number: string | null;
  date: string;
}

export interface GroupYear {
  year: number;
  members: GroupMember[];
  leader: Leadership | null;
  deputy: Leadership | null;
  documents: GroupDocument[];
  pledge_id: number | null;
  /** The movement the year runs under (its scoring scheme applies when the year has none of its own). */
  movement_id: number | null;
}

export interface Group {
  id: number;
  name: string;
  kind: string;
  kind_label: string;
  organiser_unit_id: number;
  organiser_unit_name: string;
  years: GroupYear[];
  created_at: string;
}

export interface Signature {
  unit_id: number;
  unit_name: string;
  signed: boolean;
  signer_person_id: number | null;
  signer_name: string | null;
  signer_position: string | null;
  date: string | null;
  signed_at: string | null;
}

export interface Pledge {
  id: number;
  version: number;
  latest: boolean;
  previous_version_id: number | null;
  newer_version_id: number | null;
  versions: { id: number; version: number; signed_count: number }[];
  subject:
    | { type: 'group_year'; group_id: number; year: number; name: string; organiser_unit_id: number }
    | { type: 'movement'; movement_id: number; name: string; owner_unit_id: number };
  title: string;
  commitments: Commitment[];
  frozen: boolean;
  signatures: Signature[];
  signed_count: number;
  member_count: number;
  fully_signed: boolean;
  created_at: string;
}

export interface Title {
  code: string;
  name: string;
  level: 'collective' | 'individual' | string;
  rank: number;
  valid_from: string;
  valid_to: string | null;
  basis: string;
  criteria: string;
}

export interface Registration {
  id: number;
  year: number;
  unit_id: number;
  unit_name: string;
  person_id: number | null;
  person_name: string | null;
  movement_id: number | null;
  title_code: string;
  title_name: string;
  level: string;
  catalogue_version: number;
  date: string;
  deadline: string | null;
  late: boolean;
  created_at: string;
}

export interface RegistrationPeriod {
  id: number;
  year: number;
  unit_id: number;
  unit_name: string;
  movement_id: number | null;
  deadline: string;
}

export interface RegistrationStatus {
  year: number;
  unit_id: number;
  unit_name: string;
  deadline: string | null;
  items: {
    unit_id: number;
    unit_name: string;
    kind: string;
    registered: boolean;
    registered_on_time: boolean;
    late: boolean;
    count: number;
    late_count: number;
    first_date: string | null;
    title_codes: string[];
  }[];
  total: number;
  registered: number;
  registered_on_time: number;
  not_registered: number;
}

export interface EmulationMeta {
  movement_kinds: CodeLabel[];
  movement_states: (CodeLabel & { next: string[] })[];
  group_kinds: CodeLabel[];
  selection_methods: CodeLabel[];
  group_document_kinds: CodeLabel[];
  commitment_kinds: CodeLabel[];
  commitment_directions: CodeLabel[];
  commitment_baselines: CodeLabel[];
  today: string;
}

/** A sample text of the plan import (GET /plans/samples; `text` only from /plans/samples/{id}). */
/** GET /plans/reliability: how often each field was right on texts the parser had never seen. */
export interface PlanReliability {
  texts: number;
  measured: string;
  basis: string;
  sets: { name: string; parser_commit: string; texts: number }[];
  fields: { field: string; right: number; slots: number; share: number }[];
}

export interface PlanSample {
  id: string;
  title: string;
  kind: string;
  source: string;
  url: string | null;
  text?: string;
}

/** The JSON of POST /plans/parse (CONTRACT.md, "Plan and article import"). */
export interface ParsedPlan {
  title: string | null;
  event: { kind: string | null; date: string | null; place: string | null };
  organizers: string[];
  movement: {
    name: string | null;
    kind: string | null;
    theme: string | null;
    motto: string | null;
    start: string | null;
    end: string | null;
  };
  phases: { ordinal: number; start: string | null; end: string | null; title: string | null }[];
  contents: string[];
  targets: {
    text: string | null;
    measure: string | null;
    kind: string | null;
    direction: string | null;
    value: number | null;
    /** Both ends of a range ("giảm từ 3 đến 5%"); null when the figure is a single number. */
    value_min?: number | null;
    value_max?: number | null;
    unit: string | null;
    baseline: string | null;
  }[];
  group: { name: string | null; leader: string | null; deputy: string | null; members: string[] } | null;
  people: { name: string; rank: string | null; position: string | null }[];
  counts: { what: string; value: number }[];
  /** Per field ("event.date", "phases[0].end", "targets[3]"): read outright or inferred, and from what words. */
  provenance?: Record<string, { how: 'explicit' | 'inferred'; source: string | null; note: string | null }>;
  /** What the parser did to the text, or that it found nothing about emulation. */
  notes?: string[];
}

// ---- Indicators, reports (src/api/routes_reports.cpp) ----

export interface Indicator {
  code: string;
  name: string;
  unit: string;
  category?: string;
  kind: 'count' | 'sum' | 'total' | 'ratio' | string;
  numerator?: string;
  denominator?: string;
  parts?: string[];
}

export interface IndicatorCatalogue {
  version: number;
  indicators: Indicator[];
}

export interface PeriodSpec {
  kind: 'month' | 'quarter' | 'year' | 'statistical_year' | 'statistical_month' | 'phase' | string;
  year?: number;
  month?: number;
  quarter?: number;
  start?: string;
  end?: string;
  name?: string;
  from?: string;
  to?: string;
  label?: string;
}

export type ReportStatus = 'draft' | 'submitted' | 'returned' | 'accepted' | 'locked';

export interface Report {
  id: number;
  unit_id: number;
  unit_name: string;
  period: PeriodSpec;
  period_key: string;
  status: ReportStatus | string;
  /** Reported values by indicator code; a value not reported is absent or null (never 0). */
  values: Record<string, number | null>;
  narrative: string;
  version: number;
  late: boolean;
  return_reason: string | null;
  submitted_at: string | null;
  updated_at: string;
}

export interface Evidence {
  id: number;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  uploaded_by: string;
  at: string;
}

export interface ReportDetail extends Report {
  revisions: { version: number; status: string; values: Record<string, number>; narrative: string; by: string; at: string; reason: string | null }[];
  evidence: Evidence[];
  deadline: string | null;
}

export interface ReportStatusAnswer {
  items: { unit_id: number; unit_name: string; status: string; report_id: number | null; late: boolean }[];
  total: number;
  submitted: number;
  deadline: string | null;
  period: PeriodSpec;
}

// ---- Scoring (src/api/routes_scoring.cpp, docs/scoring-scheme.md) ----

export interface ScoreValue {
  indicator: string;
  name: string;
  unit: string;
  /** null: not reported (missing is never 0). */
  current: number | null;
  /** Present (possibly null: not reported) on change targets only. */
  previous?: number | null;
  numerator?: number | null;
  denominator?: number | null;
  measured: number | null;
  met: boolean;
  achievement: number;
}

export interface ScoreCriterion {
  id: string;
  name: string;
  section: string;
  rule: string;
  /** scored | missing (an input not reported: no points) | not_applicable (0/0, 0 → 0). */
  status?: 'scored' | 'missing' | 'not_applicable';
  /** The regulation's rule when not applicable: drop | full_points | no_points. */
  not_applicable?: string;
  target: string;
  values: ScoreValue[];
  met: boolean;
  assessed: boolean;
  achievement: number;
  points: number;
  max_points: number;
  bonus: number;
  disqualifying: boolean;
  explanation: string;
  count?: number;
  note?: string;
}

export interface ScoreAdjustment {
  id: string;
  name: string;
  count: number;
  points: number;
  explanation: string;
}

export interface Scorecard {
  scheme: { id: string; version: number };
  unit: string;
  sections: { id: string; name: string; depth: number; points: number; max_points: number }[];
  criteria: ScoreCriterion[];
  bonuses: ScoreAdjustment[];
  deductions: ScoreAdjustment[];
  criteria_points: number;
  /** Before rescaling for criteria dropped as not applicable, and the maxima dropped. */
  earned_points?: number;
  dropped_points?: number;
  bonus_points: number;
  deduction_points: number;
  penalty_points: number;
  total: number;
  fully_met: number;
  disqualified: boolean;
  disqualified_by: string[];
  incomplete?: boolean;
  missing_periods?: number;
  late_reports?: number;
  missing_criteria?: number;
  classification: { level: number; code: string; name: string };
}

export interface ScoreReviewAnswer {
  unit: string;
  unit_id?: number;
  unit_name?: string;
  scheme?: { id: number; code: string; version: number };
  self: Scorecard | null;
  verified: Scorecard | null;
  final: Scorecard | null;
  assignments: { scorer: string; recused: boolean; submitted: boolean; recusal_reason?: string; total?: number }[];
  moderations: { criterion: string; points: number; reason: string; by: string; met?: boolean }[];
  gaps: { id: string; name: string; self: number; final: number; difference: number; explanation: string }[];
  /** The period scored (?period=; the calendar year by default), with its Vietnamese label. */
  period?: PeriodSpec;
}

export interface RankingItem {
  rank: number;
  unit_id: number;
  unit_code: string;
  unit_name: string;
  total: number;
  self_total: number | null;
  disqualified: boolean;
  level: string;
  level_code: string;
  reason: string;
  cross_scored: boolean;
  /** Reports of the period missing: the classification is capped (RankingAnswer.incomplete_max_level). */
  incomplete?: boolean;
  completeness?: Completeness;
}

/** How far a unit's reports cover the period, in report months ("thiếu báo cáo 7/12 tháng"). */
export interface Completeness {
  expected: number;
  reported: number;
  late: number;
  complete: boolean;
  label: string;
  missing: string[];
}

export interface RankingAnswer {
  group_year_id: number;
  group_id: number;
  group_name: string;
  year: number;
  /** `movement_id`: set when the group-year scores by the scheme of the movement it runs under. */
  scheme: { id: number; code: string; version: number; name: string; movement_id?: number | null };
  items: RankingItem[];
  unscored: { unit_id: number; unit_name: string }[];
  leading_unit_ids: number[];
  tie_break: string;
  /** Every member short of reports, scored or not: for the leader to see before ranking. */
  incomplete?: (Completeness & { unit_id: number; unit_name: string })[];
  /** The highest level a unit may reach while its reports are incomplete. */
  incomplete_max_level?: string;
  /** The period ranked (?period=; the calendar year by default), with its Vietnamese label. */
  period?: PeriodSpec;
}

/** GET /groups/{gid}/years/{year}/assignments: who cross-scores whom; `mine`: the scorer is in the caller's scope. */
export interface CrossAssignment {
  unit_id: number;
  unit_name: string;
  scorer_unit_id: number;
  scorer_unit_name: string;
  recused: boolean;
  recusal_reason: string | null;
  submitted: boolean;
  mine: boolean;
}

export interface CrossAssignmentsAnswer {
  group_year_id: number;
  items: CrossAssignment[];
}

/** GET /movements/{id}/scheme */
export interface MovementSchemeAnswer {
  movement_id: number;
  scheme: { id: number; code: string; version: number; name: string } | null;
  group_years: { group_year_id: number; group_id: number; group_name: string; year: number; own_scheme: boolean }[];
}

export interface StoredScheme {
  id: number;
  code: string;
  version: number;
  name: string;
  created_at?: string;
  created_by?: string;
}

/**
 * A scoring scheme (docs/scoring-scheme.md). The editor changes these objects in place, so fields
 * it has no control for (and any the format adds later) travel through unchanged.
 */
export interface SchemeTarget {
  kind: 'change' | 'rate' | 'count' | 'composite' | 'qualitative' | string;
  indicator?: string;
  direction?: string;
  value?: number;
  /** composite: two or more change/rate/count targets */
  all?: SchemeTarget[];
}

export interface SchemeRule {
  kind: 'target_met' | 'proportional' | 'bonus_exceeding' | 'deduction_per_occurrence' | 'qualitative' | 'disqualifying' | string;
  /** deduction_per_occurrence: counted from this indicator, else from the assessment */
  indicator?: string;
  points_per_occurrence?: number;
  cap?: number;
  /** bonus_exceeding */
  bonus_per_point?: number;
  bonus_cap?: number;
}

/** A node of the criteria tree: a group (criteria) or a criterion (rule, usually a target). */
export interface SchemeNode {
  id: string;
  name: string;
  description?: string;
  max_points: number;
  criteria?: SchemeNode[];
  target?: SchemeTarget;
  rule?: SchemeRule;
  /** A rate over zero cases or a change from zero to zero: drop (default) | full_points | no_points. */
  not_applicable?: 'drop' | 'full_points' | 'no_points' | string;
}

/** A bonus (điểm thưởng) or deduction (điểm trừ) line. */
export interface SchemeLine {
  id: string;
  name: string;
  points: number;
  cap?: number;
  indicator?: string;
}

export interface SchemeCondition {
  kind: 'no_disqualifying' | 'all_met' | 'max_deductions' | string;
  section?: string;
  points?: number;
}

export interface SchemeLevel {
  code: string;
  name: string;
  min_points?: number;
  conditions?: SchemeCondition[];
}

export interface SchemeJson {
  id: string;
  version: number;
  name: string;
  scope?: { group?: string; year?: number; movement?: string };
  valid_from?: string;
  valid_to?: string;
  total_points: number;
  sections: SchemeNode[];
  bonuses?: SchemeLine[];
  bonus_cap?: number;
  deductions?: SchemeLine[];
  deduction_cap?: number;
  classification: SchemeLevel[];
  /** The highest level (code) a unit may reach while reports of the period are missing. */
  incomplete_max_level?: string;
}

/** GET /scoring-schemes/{id} */
export interface StoredSchemeDetail {
  id: number;
  code: string;
  version: number;
  name: string;
  scheme: SchemeJson;
}

export interface Assessment {
  met: Record<string, boolean>;
  counts: Record<string, number>;
}
