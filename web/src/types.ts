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
