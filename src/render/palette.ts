/**
 * The page's colours, one set per colour scheme. Speakers cycle through `speakers`; each speaker
 * also has a number badge, so two speakers sharing a colour (or a reader who cannot tell colours
 * apart) are still told apart. test/render/palette.test.ts checks every pair below against
 * WCAG AA: text on page and on each tint 4.5:1, badge text on its accent 4.5:1, accents and
 * focus ring on the page 3:1.
 */
/** A highlight's background, and its accent for borders, underlines and the badge. */
export interface HighlightColours {
  readonly tint: string;
  readonly accent: string;
}

export interface SchemeColours {
  readonly page: string;
  readonly text: string;
  readonly muted: string;
  readonly panel: string;
  readonly focus: string;
  readonly claim: string;
  readonly warning: string;
  /** Text on a badge, drawn on the speaker's accent. */
  readonly badgeText: string;
  /** The highlight colours per speaker, and for no known speaker. */
  readonly speakers: readonly HighlightColours[];
  readonly unknown: HighlightColours;
}

export const LIGHT: SchemeColours = {
  page: '#ffffff',
  text: '#1b1b1b',
  muted: '#555555',
  panel: '#f4f4f6',
  focus: '#0b57d0',
  claim: '#6a1b9a',
  warning: '#a33d00',
  badgeText: '#ffffff',
  speakers: [
    { tint: '#d4e5ff', accent: '#1f5fbf' },
    { tint: '#ffdcbd', accent: '#a64b00' },
    { tint: '#cdf0d4', accent: '#1e7a34' },
    { tint: '#f8d0e8', accent: '#a3246f' },
    { tint: '#e4d8ff', accent: '#5b3fbf' },
    { tint: '#fff1b0', accent: '#7a6500' },
    { tint: '#c9eef0', accent: '#0f6e75' },
    { tint: '#f0dccc', accent: '#8a4f24' },
  ],
  unknown: { tint: '#e6e6e6', accent: '#595959' },
};

export const DARK: SchemeColours = {
  page: '#16181d',
  text: '#ececec',
  muted: '#b4b4b4',
  panel: '#20232a',
  focus: '#8ab4f8',
  claim: '#d7aefb',
  warning: '#ffb27a',
  badgeText: '#111111',
  speakers: [
    { tint: '#1f3a66', accent: '#8cb8ff' },
    { tint: '#5a3310', accent: '#ffb070' },
    { tint: '#1d4a2a', accent: '#7fd890' },
    { tint: '#5a1f45', accent: '#f59bd0' },
    { tint: '#3b2d6b', accent: '#c0a8ff' },
    { tint: '#4d4310', accent: '#e8d060' },
    { tint: '#154a4e', accent: '#70d8e0' },
    { tint: '#4a3222', accent: '#e0b090' },
  ],
  unknown: { tint: '#3a3d44', accent: '#b0b0b0' },
};

/** How many speaker colours there are before they repeat (with different badge numbers). */
export const PALETTE_SIZE = LIGHT.speakers.length;
