// A strict TypeScript consumer of @govlens/embed's DOM types (default lib, no skipLibCheck):
// createElement and querySelector give the element's own type, properties take what the
// attributes mean, and the events are typed.
import { ELEMENTS, whenDefined, type GovlensErrorDetail, type GovlensCompareElement } from "@govlens/embed";

async function main(): Promise<void> {
  await whenDefined();
  const card = document.createElement("govlens-card");
  card.country = "LU";
  card.sections = ["basic", "portals"];
  card.headingLevel = 3;
  const country: string | null = card.country;
  const compare: GovlensCompareElement = document.createElement("govlens-compare");
  compare.countries = ["LU", "DK"];
  compare.differencesOnly = true;
  const flag: boolean = compare.differencesOnly;
  const map = document.querySelector("govlens-map");
  if (map) map.area = "europe";
  card.addEventListener("govlens-error", (e) => {
    const detail: GovlensErrorDetail = e.detail;
    console.log(detail.title, detail.kind);
  });
  // @ts-expect-error: a card has no countries property
  card.countries = ["LU"];
  document.body.append(card, compare);
  console.log(ELEMENTS.length, country, flag);
}
main();
