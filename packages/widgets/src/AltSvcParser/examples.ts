/** Headers offered from the example menu (value → label). */
export const ALT_SVC_EXAMPLES: readonly { header: string; label: string }[] = [
  { header: 'h3=":443"; ma=86400, h3-29=":443"; ma=86400', label: 'HTTP/3 and draft 29 on port 443, one day' },
  { header: 'clear', label: 'clear (forget all alternatives)' },
  { header: 'h3="alt.example.net:8443"; ma=3600; persist=1', label: 'Another host and port, one hour, persist' },
  { header: 'h2=":443", h3=":443"', label: 'No ma: the 24-hour default' },
  { header: 'w%3Dx%3Ay=":443"', label: 'Percent-encoded protocol id (w=x:y)' },
  { header: 'h3=":443; ma=86400', label: 'Broken: unclosed quote' },
  { header: 'h3=:443; ma=1d, h3-29=":99999"', label: 'Broken: unquoted authority, bad port' },
];
