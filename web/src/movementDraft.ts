// The movement form's model, and its conversion to and from the movements API.
import type { Commitment, Movement } from './types';
import { cleanCommitment } from './planImport';
import { copyJson } from './emulation';

export interface ChairDraft {
  include: boolean;
  name: string;
  rank: string;
  position: string;
  person_id: number | null;
}

export interface PhaseDraft {
  ordinal: number;
  start: string | null;
  end: string | null;
  title: string;
  focus: string;
}

export interface MovementDraft {
  kind: string;
  name: string;
  organiser_unit_ids: number[];
  /** Organisers found by name that are outside the caller's unit tree (civil bodies): id → name. */
  extra_organisers: { id: number; name: string }[];
  launch_date: string | null;
  launch_place: string;
  chairs: ChairDraft[];
  theme: string;
  motto: string;
  scope_text: string;
  start: string | null;
  end: string | null;
  phases: PhaseDraft[];
  content_areas: string[];
  targets: Commitment[];
  parent_id: number | null;
}

export function emptyDraft(): MovementDraft {
  return {
    kind: 'regular',
    name: '',
    organiser_unit_ids: [],
    extra_organisers: [],
    launch_date: null,
    launch_place: '',
    chairs: [],
    theme: '',
    motto: '',
    scope_text: '',
    start: null,
    end: null,
    phases: [],
    content_areas: [],
    targets: [],
    parent_id: null,
  };
}

export function draftFromMovement(m: Movement): MovementDraft {
  return {
    kind: m.kind,
    name: m.name,
    organiser_unit_ids: m.organisers.map((o) => o.unit_id),
    extra_organisers: [],
    launch_date: m.launch.date,
    launch_place: m.launch.place ?? '',
    chairs: m.launch.chairs.map((c) => ({ include: true, name: c.name, rank: '', position: c.position ?? '', person_id: c.person_id })),
    theme: m.theme ?? '',
    motto: m.motto ?? '',
    scope_text: m.scope.text ?? '',
    start: m.start,
    end: m.end,
    phases: m.phases.map((p) => ({ ordinal: p.ordinal, start: p.start, end: p.end, title: p.title, focus: p.focus ?? '' })),
    content_areas: [...m.content_areas],
    targets: copyJson(m.targets),
    parent_id: m.parent_id,
  };
}

/** The body of POST /movements (and PATCH, which takes the same fields). */
export function draftToBody(d: MovementDraft): Record<string, unknown> {
  const ids = [...new Set([...d.organiser_unit_ids, ...d.extra_organisers.map((o) => o.id)])];
  const body: Record<string, unknown> = {
    kind: d.kind,
    name: d.name.trim(),
    organiser_unit_ids: ids,
    theme: d.theme.trim() || null,
    motto: d.motto.trim() || null,
    start: d.start,
    end: d.end,
    launch: {
      date: d.launch_date,
      place: d.launch_place.trim() || null,
      chairs: d.chairs
        .filter((c) => c.include && c.name.trim())
        .map((c) => {
          // A chair not linked to a person keeps the rank in the position's wording.
          const position = [c.person_id ? '' : c.rank.trim(), c.position.trim()].filter(Boolean).join(', ');
          return { ...(c.person_id ? { person_id: c.person_id } : {}), name: c.name.trim(), ...(position ? { position } : {}) };
        }),
    },
    scope: { text: d.scope_text.trim() || null },
    phases: d.phases.map((p, i) => ({
      ordinal: p.ordinal || i + 1,
      start: p.start,
      end: p.end,
      title: p.title.trim(),
      ...(p.focus.trim() ? { focus: p.focus.trim() } : {}),
    })),
    content_areas: d.content_areas.map((s) => s.trim()).filter(Boolean),
    targets: d.targets.map(cleanCommitment),
  };
  if (d.parent_id) body.parent_id = d.parent_id;
  return body;
}
