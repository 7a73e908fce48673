// Hand-written parts of the organisation list built from the brand titles of simple-icons: the
// titles kept although a word filter would drop them, and the titles left out although no filter
// drops them. Both were written by reading the package's whole title list, from general usage,
// not from any annotated corpus.

/**
 * Titles kept although the Italian word filter drops them: that list of frequent Italian words is
 * made from film subtitles and so holds brand names ("google", "facebook"). These are companies,
 * services and newspapers, not Italian words. `|`-separated on lines.
 */
export const keptOrganizationNames = `
Abbott|Air Canada|Air China|Air France|Air India|Air Serbia|American Express|Apple|Apple Music|Apple TV
Bank of America|Bosch|Burger King|Cadillac|Cisco|Coca Cola|Dell|Facebook|Ferrari|Google|Google Cloud|Google Play
Instagram|Jeep|Khan Academy|Major League Baseball|National Hockey League|Netflix|New York Times|Porsche|Red Bull
Sega|Starbucks|Taco Bell|Telefónica|Tesla|The North Face|The Washington Post|Twitter|Uber|Virgin Atlantic
Virgin Group|Virgin Media|Wells Fargo|Western Union|YouTube|Radio Canada|Radio France|France Culture
`;

/**
 * Titles left out, `|`-separated on lines: English common words and names of myths, animals or
 * things, which Italian text capitalises in titles, quotes and slogans more often than as the
 * brand ("Abstract", "Answer", "Circle"), and names of programming languages and tools, which are
 * no bodies ("Python", "React").
 */
export const excludedOrganizationNames = `
Abstract|Academia|Affine|Analogue|Answer|Apostrophe|Aqua|Argos|Aspire|Asterisk|Astral|Await|Babel|Backbone|Backstage
Bamboo|Beats|Bento|Biome|Bionic|Blender|Blogger|Blueprint|Boost|Boots|Bootstrap|Breaker|Bricks|Buffer|Cachet|Canonical
Canvas|Capacitor|Celery|Chai|Chatbot|Chromatic|Cinnamon|Circle|Clerk|Cockpit|Coder|Composer|Concourse|Confluence
Consul|Convex|Craftsman|Crayon|Crowdsource|Cucumber|Cursor|Dart|Deluge|Diaspora|Discover|Discourse|Doctrine|Dolphin
Dovetail|Drizzle|Effect|Eight|Elastic|Electron|Element|Elixir|Embark|Eraser|Ethers|Expo|Faker|Fathom|Fauna|Filament
Files|Flat|Flask|Flood|Flower|Flux|Framework|Framer|Fresh|Frigate|Genius|Geode|Glance|Gleam|Glide|Glitch|Graphite
Grab|Greenhouse|Gutenberg|Handshake|Haystack|Hearth|Helium|Helix|Helm|Hermes|Hive|Homepage|Hyper|Hypothesis|Iced
Iceland|Indeed|Indigo|Inertia|Infuse|Ingress|Inquirer|Insomnia|Intercom|Jest|Keeper|Keystone|Known|Latex|Launchpad
Lazarus|Leaflet|Lens|Less|Lighthouse|Lightning|Linear|Literal|Local|Locust|Loom|Loops|Lucid|Lumen|Lunacy|Malt
Markdown|Maze|Mermaid|Messenger|Meteor|Minds|Mocha|Modal|Monster|Mural|Nebula|Neon|Neptune|Nomad|Notion|Nuke
Observable|Optimism|Origin|Outline|Overcast|Oxygen|Packer|Paddle|Passport|Pelican|Persistent|Photon|Pinboard|Plane
Plume|Poetry|Polygon|Posit|Prevention|Progress|Prometheus|Proteus|Proton|Puppet|Pusher|Python|Quasar|Racket
Railway|Rapid|React|Readme|Reason|Recoil|Redox|Refine|Reflex|Relay|Remix|Render|Replicate|Retool|Rhinoceros|Rider
Ripple|Roots|Rook|Rumble|Rust|Safari|Saturn|Scan|Scratch|Selenium|Sentry|Session|Shortcut|Signal|Skeleton|Slides
Snowflake|Socket|Solid|Spaceship|Spectrum|Spotlight|Starship|Stellar|Stencil|Stimulus|Stylus|Sunrise|Swarm|Sway
Tails|Target|Teal|Telegraph|Temporal|Textual|Things|Threads|Tide|Tile|Toll|Transmission|Treehouse|Twenty|Typer
Unity|Vapor|Vault|Velocity|Warp|Wine|Wire|Wise|Wish|Workplace|Yarn|Yeti|Billboard|Messenger|Javascript|Typescript
Kotlin|Swagger|Markdown|Perl|Erlang|Haxe|Clojure|Fortran|Ocaml|Jupyter|Django|Laravel|Symfony|Svelte
`;
