import { agencyKindLabels, agencyKinds } from '@vte/contracts';

export const kindOptions = agencyKinds.map((kind) => ({ value: kind, label: agencyKindLabels[kind] }));
