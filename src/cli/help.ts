/** The CLI's --help text. */

export const USAGE = `x-api-explorer: X API v2 user lookups and v1.1 DM custom profiles, from the command line.

Usage:
  x-api-explorer user <id>                        GET /2/users/:id
  x-api-explorer users <id,id,...>                GET /2/users?ids=...            (1 to 100 ids)
  x-api-explorer user-by-username <name>          GET /2/users/by/username/:username
  x-api-explorer users-by-username <a,b,...>      GET /2/users/by?usernames=...   (1 to 100 usernames)
  x-api-explorer users --from-file FILE           any number of ids, in batches of 100 (FILE - is stdin)
  x-api-explorer users-by-username --from-file FILE
                                                  any number of usernames, in batches of 100
  x-api-explorer me                               GET /2/users/me                 (user context only)
  x-api-explorer custom-profile <id>              GET /1.1/custom_profiles/:id.json (OAuth 1.0a)
  x-api-explorer custom-profiles [--count N] [--cursor C]
                                                  GET /1.1/custom_profiles/list.json (count 1 to 50)
  x-api-explorer code <target> <lookup command and options>
                                                  print the lookup as code, nothing sent; targets: curl, httpie,
                                                  xurl, twurl, typescript-twitter-api-v2, typescript-xdk,
                                                  typescript-fetch, python-tweepy, python-requests
  x-api-explorer catalog [--json] [--vocabulary 2.166|2.167]
                                                  the endpoints and field enums
  x-api-explorer sandbox [--port N] [--fault KIND]
                                                  serve the offline emulator on 127.0.0.1
  x-api-explorer auth login [--client-id ID] [--port N] [--scopes a,b] [--base-url URL] [--authorize-url URL]
                                                  sign in with OAuth 2.0 (PKCE): prints the URL to open on
                                                  stderr, waits on http://127.0.0.1:N/callback (default 8976),
                                                  prints export X_OAUTH2_ACCESS_TOKEN=... (and the refresh
                                                  token) on stdout
  x-api-explorer auth app-token [--base-url URL]  the app-only Bearer token for X_API_KEY and X_API_SECRET:
                                                  prints export X_BEARER_TOKEN=...

Lookup options:
  --user-fields a,b        user.fields values, e.g. created_at,description,public_metrics
  --tweet-fields a,b       tweet.fields values (sent as post.fields with --vocabulary 2.167);
                           --post-fields is the same option
  --expansions a,b         e.g. pinned_tweet_id (2.166) or pinned_post_id (2.167)
  --vocabulary V           2.166 (default: tweet.fields, pinned_tweet_id) or 2.167 (post.fields, pinned_post_id)
  --base-url URL           API origin (default https://api.x.com); any X-compatible server
  --auth KIND              bearer | oauth1 | oauth2 (default: the first set that the endpoint accepts,
                           in the order bearer, oauth2, oauth1)
  --sandbox                answer from the built-in emulator, whatever the environment holds
  --timeout MS             deadline of the whole lookup, retries included, and of each wait
                           for headers or body (default 30000 per wait, 120000 in all)
  --wait-on-rate-limit     on 429, wait for the window to reset (up to 15 min) and try once more

Bulk options (with --from-file):
  --from-file FILE         ids or usernames, one per line or separated by commas or spaces; a .csv/.tsv file
                           (or any file with --column) is a table with a header; - reads standard input
  --column NAME|N          the table's column, by header name or number counted from 1 (default: the only
                           column, or one named id/user_id or username/screen_name/handle)
  --format F               json (default: one merged document), ndjson (one user per line) or csv (columns =
                           id, name, username and the --user-fields, nested ones as public_metrics.followers_count;
                           text starting with = + - @ gets a leading ' so spreadsheets do not run it)
  --max-cost USD           refuse to start (exit 2, nothing sent) when the estimate is above it ($0.010 a user)
  --no-wait-on-rate-limit  stop when the rate-limit window is spent instead of waiting for its reset
                           (waiting is the default for bulk lookups)
  Invalid values are listed on stderr and not sent; duplicates (usernames in any case) are sent once. A progress
  line goes to stderr when it is a terminal; a summary line always: users found, not found, invalid, batches,
  requests, time, cost. Exit 0 when any batch succeeded.

Credentials come only from the environment:
  X_BEARER_TOKEN                                   app-only Bearer token
  X_CONSUMER_KEY, X_CONSUMER_SECRET,
  X_ACCESS_TOKEN, X_ACCESS_TOKEN_SECRET            OAuth 1.0a user context
  X_OAUTH2_ACCESS_TOKEN                            OAuth 2.0 user access token
With none set (and no --base-url), the sandbox answers, signed in as its own user.

Signing in (auth login, auth app-token) writes nothing to disk: eval "$(x-api-explorer auth login ...)" sets the
variables in your shell. auth login reads the client id from --client-id or X_CLIENT_ID and, for a confidential
client, the secret from X_CLIENT_SECRET; it asks for tweet.read users.read offline.access plus any --scopes; the
consent page is https://x.com/i/oauth2/authorize for X's API, <base-url>/2/oauth2/authorize for any other server
(the sandbox serves one), unless --authorize-url says otherwise; --timeout bounds the wait for the browser.
Register http://127.0.0.1:PORT/callback as the app's redirect URI.

Output: the response body on stdout (JSON, indented when stdout is a terminal); status, duration, rate limit,
partial errors and retries on stderr.
Exit status: 0 success (partial errors included), 1 API or network error, 2 invalid input (nothing was sent).

Sandbox: ids ending in 404 and usernames starting with "missing" are not found; ids ending in 403 and usernames
starting with "suspended" are suspended; any other valid id or username answers a generated user. The
sandbox's own credentials are printed by "x-api-explorer sandbox". --fault makes every request fail one way:
slow, reset, truncated, invalid-json, 500, 503, 429, 402.
`;
