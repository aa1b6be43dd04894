// The elements in React 19 with typed props (@govlens/embed/react): a prop the element has as a
// property is set as one (countries as an array, differencesOnly), events by `ongovlens-*`.
import { useState } from "react";
import "@govlens/embed";
import type {} from "@govlens/embed/react";
import type { GovlensErrorDetail } from "@govlens/embed";

export function App() {
  const [ready, setReady] = useState<string[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const onReady = (name: string) => () => setReady((r) => [...r, name]);
  const onError = (e: CustomEvent<GovlensErrorDetail>) => setErrors((list) => [...list, `${e.detail.title}: ${e.detail.message}`]);
  return (
    <main data-ready={ready.join(",")} data-errors={errors.join(" | ")}>
      <govlens-card country="DK" sections={["basic", "datasets"]} headingLevel={3} ongovlens-ready={onReady("card")} ongovlens-error={onError} />
      <govlens-compare countries={["LU", "DK"]} differencesOnly limit={5} ongovlens-ready={onReady("compare")} />
      <govlens-map indicator="un-egdi.egdi" area="europe" highlight="LU" ongovlens-ready={onReady("map")} />
      <govlens-card country="XX" ongovlens-error={onError} />
    </main>
  );
}
