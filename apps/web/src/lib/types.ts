import type { pageOf, z } from '@vte/contracts';

/** The server's page envelope for a DTO schema, inferred from the contract's `pageOf`. */
export type PageOf<T extends z.ZodType> = z.infer<ReturnType<typeof pageOf<T>>>;

/** Props every id picker (unit, agency, user…) accepts, so route files can hand one feature's
 * picker to another feature without the features importing each other. */
export type IdPickerProps = {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
  /** Shown for the current value until the options that contain it have loaded. */
  valueLabel?: string | null;
  /** Offer "Toàn quốc" (value null) as a choice — for user scopes. */
  allowNational?: boolean;
  /** Limit the choices to one administrative unit (agency pickers). */
  unitId?: string | null;
  'data-testid'?: string;
  'aria-label'?: string;
};
export type IdPicker = (props: IdPickerProps) => React.ReactNode;
