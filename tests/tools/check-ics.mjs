// Reads an iCalendar document on stdin with ical.js (an RFC 5545 parser independent of the portal's
// Ical.Net) and prints what a calendar would see, as JSON; exits non-zero when it cannot parse it.
import ICAL from "ical.js";

let input = "";
for await (const chunk of process.stdin) input += chunk;
if (!input.includes("\r\n")) { console.error("lines must end with CRLF"); process.exit(2); }
for (const line of input.split("\r\n")) {
  if (Buffer.byteLength(line, "utf8") > 75) { console.error(`line longer than 75 octets: ${line}`); process.exit(2); }
}
const calendar = new ICAL.Component(ICAL.parse(input));
for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
const events = calendar.getAllSubcomponents("vevent").map((component) => {
  const event = new ICAL.Event(component);
  return {
    uid: event.uid,
    summary: event.summary,
    status: component.getFirstPropertyValue("status"),
    sequence: event.sequence,
    tzid: event.startDate.zone?.tzid ?? null,
    start: event.startDate.toString(),
    startUtc: event.startDate.toJSDate().toISOString(),
    dtstamp: component.getFirstPropertyValue("dtstamp")?.toString() ?? null,
  };
});
console.log(JSON.stringify(events));
