// The `wns` npm package (used only in tests) ships no types; just what the tests call.
declare module 'wns' {
  type Callback = (
    error: (Error & { statusCode?: number }) | null,
    result?: { statusCode: number; headers: Record<string, string> },
  ) => void;
  const wns: {
    sendToastText02(
      channel: string,
      text1: string,
      text2: string,
      options: { client_id: string; client_secret: string },
      callback: Callback,
    ): void;
  };
  export default wns;
}
