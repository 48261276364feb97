// Reads a WebVTT file on stdin with webvtt-parser (the W3C reference parser, independent of the portal's
// own validator) and prints its cues as JSON; exits non-zero when the parser reports an error.
import webvtt from "webvtt-parser";

const { WebVTTParser } = webvtt;

let input = "";
for await (const chunk of process.stdin) input += chunk;
const tree = new WebVTTParser().parse(input, "metadata");
if (tree.errors.length > 0) {
  console.error(JSON.stringify(tree.errors));
  process.exit(2);
}
console.log(JSON.stringify(tree.cues.map((c) => ({ start: c.startTime, end: c.endTime, text: c.text }))));
