// Must not type-check (tsconfig.wrong.json; the test expects these errors): the JSX types are
// the elements' own, not `any`.
import type {} from "@govlens/embed/react";

export const missing = <govlens-card />;
export const misspelt = <govlens-map indicator="un-egdi.egdi" area="asia" />;
export const unknown = <govlens-trend indicator="un-egdi.egdi" countries="DK" colour="red" />;
