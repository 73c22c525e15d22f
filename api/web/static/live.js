// Live updates: the log as Server-Sent Events from /stream. The first connection starts
// after the position the page was drawn at; the browser resumes with Last-Event-ID.

const RELEASES = ["ReleaseActivated", "ReleaseSwitched"];

export function follow(after, types, { onEvent, onRelease, onCorrection, onStatus }) {
  const source = new EventSource(`/stream?after=${encodeURIComponent(after)}`);
  source.onopen = () => onStatus("live");
  source.onerror = () => onStatus(source.readyState === EventSource.CLOSED ? "offline" : "reconnecting");
  const handle = (kind) => (message) => {
    let data;
    try {
      data = JSON.parse(message.data);
    } catch {
      return;
    }
    ({ event: onEvent, release: onRelease, correction: onCorrection })[kind](data);
  };
  for (const type of types) source.addEventListener(type, handle("event"));
  for (const type of RELEASES) source.addEventListener(type, handle("release"));
  // analysts' corrections and their undoing: the views read the record as corrected
  source.addEventListener("Correction", handle("correction"));
  return source;
}
