/**
 * The words of the demo reviews (demo-reviews.ts): a few titles and remarks per mood, in English per
 * category and in German for the shop's German-speaking demo customers, and the customers' names and
 * addresses. Small on purpose: enough to read like a shop's reviews, not a corpus.
 */

/** 4–5 stars, 3 stars, 1–2 stars. */
export type Mood = 'happy' | 'mixed' | 'unhappy'

export type MoodPhrases = Readonly<Record<Mood, readonly string[]>>

export const englishTitles: MoodPhrases = {
  happy: ['Exactly what I wanted', 'Great value', 'Really happy with it', 'Would buy again', 'Better than expected'],
  mixed: ['Decent, with a catch', 'Good but not great', 'Does the job', 'Okay for the price'],
  unhappy: ['Disappointed', 'Not worth it', 'Sent it back', 'Stopped working too soon'],
}

export const englishOpeners: MoodPhrases = {
  happy: [
    'I have used it daily for a few weeks now.',
    'Arrived quickly and well packed.',
    'Bought it as a gift and kept it.',
  ],
  mixed: ['It mostly does what it says.', 'Some things I like, some I do not.', 'Fine for everyday use.'],
  unhappy: [
    'I had high hopes for this one.',
    'Unfortunately this did not work out for me.',
    'Not what the photos suggest.',
  ],
}

export const englishClosers: MoodPhrases = {
  happy: ['Recommended.', 'Five stars from me.', 'No regrets.'],
  mixed: ['Worth it on sale.', 'Would think twice before buying again.', ''],
  unhappy: ['I would not buy it again.', 'Customer service was helpful at least.', ''],
}

/** Remarks that name what a shopper of the category cares about, by category slug. */
export const categoryRemarks: Readonly<Record<string, MoodPhrases>> = {
  'headphones-audio': {
    happy: ['The sound is clear and the bass is not overdone.', 'Battery lasts all week for me.'],
    mixed: ['Sound is good, but they get warm after an hour.', 'The app is clumsy, the sound is fine.'],
    unhappy: ['The left side crackles at higher volume.', 'Bluetooth keeps dropping out.'],
  },
  laptops: {
    happy: ['Fast, quiet and the screen is lovely.', 'The keyboard is a joy to type on.'],
    mixed: [
      'Performance is fine, battery life is shorter than advertised.',
      'The fan spins up more than I would like.',
    ],
    unhappy: ['The trackpad is unreliable.', 'It runs hot even with a browser open.'],
  },
  phones: {
    happy: ['The camera is excellent in daylight.', 'Battery easily gets me through two days.'],
    mixed: ['Good phone, but the night photos are grainy.', 'Charges slowly with the cable in the box.'],
    unhappy: ['The screen scratched within a week.', 'Updates made it noticeably slower.'],
  },
  'keyboards-mice': {
    happy: ['The keys feel great and it is not too loud.', 'Fits my hand perfectly.'],
    mixed: ['Nice feel, but the software is Windows only.', 'The receiver is easy to lose.'],
    unhappy: ['Some keys double-type already.', 'The scroll wheel squeaks.'],
  },
  monitors: {
    happy: ['Colours are accurate out of the box.', 'Sharp text and the stand is sturdy.'],
    mixed: ['Good panel, the stand wobbles a little.', 'Some backlight bleed in the corners.'],
    unhappy: ['Arrived with a dead pixel in the middle.', 'The power supply whines constantly.'],
  },
  'smart-home': {
    happy: ['Set up in five minutes and it just works.', 'Works well with my other devices.'],
    mixed: ['Works, but the app needs an account for everything.', 'Drops off the Wi-Fi now and then.'],
    unhappy: ['It would not stay connected at all.', 'The app crashes every time I open it.'],
  },
  cameras: {
    happy: ['Sharp photos and the autofocus is quick.', 'Small enough to take everywhere.'],
    mixed: ['Great images, menus are confusing.', 'Battery is small, bring a spare.'],
    unhappy: ['The lens cap does not stay on.', 'Photos are soft at the edges.'],
  },
  kitchen: {
    happy: ['Easy to clean and looks good on the counter.', 'Heats up fast and evenly.'],
    mixed: ['Works well, but it is louder than I expected.', 'The lid is a bit fiddly.'],
    unhappy: ['Started to rust after a few washes.', 'The handle came loose.'],
  },
  furniture: {
    happy: ['Solid, comfortable and easy to assemble.', 'Looks even better in person.'],
    mixed: ['Comfortable, but assembly took two hours.', 'The colour is darker than in the photos.'],
    unhappy: ['Parts were missing from the box.', 'It wobbles no matter what I do.'],
  },
  clothing: {
    happy: ['Fits true to size and the fabric feels good.', 'Still looks new after many washes.'],
    mixed: ['Nice fabric, runs a little small.', 'The colour faded a bit after washing.'],
    unhappy: ['The seams came apart after two wears.', 'Much thinner than it looks.'],
  },
  shoes: {
    happy: ['Comfortable from the first day.', 'Great grip and no blisters.'],
    mixed: ['Comfortable, but they run half a size large.', 'Good shoes, the laces are too short.'],
    unhappy: ['The sole started to come off.', 'Too narrow even a size up.'],
  },
  'outdoor-sports': {
    happy: ['Light, tough and packs down small.', 'Held up well on a rainy weekend.'],
    mixed: ['Does the job, but the zip is stiff.', 'Good gear, a bit heavy for long hikes.'],
    unhappy: ['It leaked on the first rainy night.', 'A strap broke on the second trip.'],
  },
}

export const germanTitles: MoodPhrases = {
  happy: ['Genau das Richtige', 'Sehr zufrieden', 'Klare Kaufempfehlung', 'Besser als erwartet'],
  mixed: ['Ganz okay', 'Gut, aber nicht perfekt', 'Erfüllt seinen Zweck'],
  unhappy: ['Leider enttäuscht', 'Nicht zu empfehlen', 'Zurückgeschickt'],
}

export const germanBodies: MoodPhrases = {
  happy: [
    'Schnell geliefert, gut verarbeitet und macht genau, was es soll.',
    'Ich nutze es jeden Tag und bin rundum zufrieden.',
    'Tolle Qualität für den Preis. Würde ich wieder kaufen.',
  ],
  mixed: [
    'Im Großen und Ganzen in Ordnung, die Verarbeitung könnte besser sein.',
    'Funktioniert, aber die Anleitung ist kaum zu verstehen.',
  ],
  unhappy: ['Nach zwei Wochen ging es kaputt. Schade.', 'Sieht auf den Fotos deutlich hochwertiger aus als in echt.'],
}

/** The shop's answers, by the review's language and mood. */
export const shopReplies: Readonly<Record<'en' | 'de', MoodPhrases>> = {
  en: {
    happy: ['Thank you for the kind words! We are glad you like it.', 'Thanks for taking the time to review it.'],
    mixed: ['Thanks for the honest feedback, we have passed it on to the maker.'],
    unhappy: [
      'We are sorry to hear that. Please contact us and we will sort out a replacement or a refund.',
      'Sorry it let you down. Our support team will get in touch with you.',
    ],
  },
  de: {
    happy: ['Vielen Dank für deine Bewertung! Schön, dass es dir gefällt.'],
    mixed: ['Danke für dein ehrliches Feedback, wir geben es an den Hersteller weiter.'],
    unhappy: ['Das tut uns leid. Melde dich bitte bei uns, wir finden eine Lösung.'],
  },
}

/** The demo customers, English-speaking (US addresses) then German-speaking (German addresses). */
export const englishPeople = [
  ['Anna', 'Keller'],
  ['James', 'Porter'],
  ['Maria', 'Lopez'],
  ['David', 'Chen'],
  ['Sarah', 'Mitchell'],
  ['Michael', 'Brooks'],
  ['Emily', 'Turner'],
  ['Daniel', 'Reed'],
  ['Olivia', 'Hughes'],
  ['Chris', 'Walsh'],
  ['Priya', 'Nair'],
  ['Tom', 'Fletcher'],
  ['Grace', 'Kim'],
  ['Lucas', 'Moreau'],
  ['Hannah', 'Price'],
  ['Ben', 'Carter'],
  ['Zoe', 'Bennett'],
  ['Sam', 'Okafor'],
  ['Ella', 'Ward'],
  ['Noah', 'Fischer'],
  ['Mia', 'Russo'],
  ['Jack', 'Dunn'],
  ['Chloe', 'Patel'],
  ['Ryan', 'Shaw'],
  ['Lily', 'Evans'],
  ['Adam', 'Novak'],
  ['Ruby', 'Grant'],
  ['Leo', 'Silva'],
  ['Isla', 'Murray'],
  ['Owen', 'Park'],
  ['Ava', 'Lindqvist'],
  ['Ethan', 'Cole'],
  ['Nora', 'Hayes'],
  ['Finn', 'Doyle'],
] as const
export const germanPeople = [
  ['Lena', 'Schmidt'],
  ['Jonas', 'Becker'],
  ['Sophie', 'Wagner'],
  ['Felix', 'Hoffmann'],
] as const
export const usAddresses = [
  { line1: '12 Market Street', postalCode: '94103', city: 'San Francisco', region: 'CA' },
  { line1: '48 Elm Avenue', postalCode: '10011', city: 'New York', region: 'NY' },
  { line1: '7 Lake Road', postalCode: '60614', city: 'Chicago', region: 'IL' },
  { line1: '230 Pine Street', postalCode: '98101', city: 'Seattle', region: 'WA' },
] as const
export const deAddresses = [
  { line1: 'Lindenstraße 5', postalCode: '10969', city: 'Berlin' },
  { line1: 'Hauptstraße 18', postalCode: '80331', city: 'München' },
] as const
