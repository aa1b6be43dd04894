// A bundler consumer of the packed @govlens/embed: importing it registers the elements; their
// builds, style sheet and corpus are the package's files, which Vite copies into its output.
import { ELEMENTS, whenDefined } from "@govlens/embed";

await whenDefined();
// Properties mirror attributes: an array is written comma-separated, true sets a flag.
const compare = document.getElementById("compare");
compare.countries = ["LU", "DK"];
compare.differencesOnly = true;
compare.limit = 3;
document.body.dataset.elements = String(ELEMENTS.length);
