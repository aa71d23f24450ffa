/** A request as the push service sees it, whatever brought it (page fetch, relay, Node). */
export type PushRequest = {
  method: string;
  url: string;
  /** Header names lower-cased; HTTP header names are case-insensitive. */
  headers: Readonly<Record<string, string>>;
  body: Uint8Array;
};

/** The push service's answer, before any transport-specific decoration (CORS). */
export type PushResponse = {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: string;
};

export type Severity = 'error' | 'warning';

/** One finding about a request or payload: which rule, what is wrong, and where. */
export type Diagnostic = {
  rule: string;
  message: string;
  severity: Severity;
  line?: number;
  column?: number;
};

export type PushServiceKind = 'wns' | 'mpns';
