/**
 * The drawing kit of the product art: what a shape receives (colours and a few per-product numbers)
 * and the fixed colours shapes share. Shapes are SVG fragments on a 1024 px square canvas.
 */

export type Ink = {
  /** The product's colour: housing, fabric, leather. */
  readonly body: string
  /** A contrasting colour for details: cushions, stripes, buttons, lit parts. */
  readonly accent: string
  /** Per-product numbers in [0, 1) for details (cushion count, print, subwoofer or not …). */
  readonly v: readonly [number, number, number, number]
  /** A seeded generator for shapes that draw many varied parts (books on a shelf). */
  readonly random: () => number
}

export type Shape = {
  /** Where the drawing lies, [x0, y0, x1, y1]: places the ground shadow and the placeholder's blob. */
  readonly box: readonly [number, number, number, number]
  /** Body colours this kind of thing comes in; absent means the general palette. */
  readonly bodies?: readonly string[]
  /** Accent colours that suit it (a lit bulb is never black); absent means the general palette. */
  readonly accents?: readonly string[]
  readonly draw: (ink: Ink) => string
}

/** Near-black plastic and rubber. */
export const dark = '#1f2227'
/** Screens and lens glass. */
export const glass = '#28323f'
/** Brushed steel and aluminium. */
export const metal = '#c5cad1'
/** Darker steel: hinges, gas lifts, group heads. */
export const steel = '#8f959d'
/** Off-white: foam soles, cups, enamel. */
export const cream = '#f5f3ee'

/** Darkens what lies under it: `<rect … ${shade(0.2)}/>`. */
export const shade = (opacity: number) => `fill="#000" fill-opacity="${opacity}"`
/** Lightens what lies under it. */
export const shine = (opacity: number) => `fill="#fff" fill-opacity="${opacity}"`
