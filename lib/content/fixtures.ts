// Builders for lint and coverage tests: a valid item, then one change per failing fixture.
import type { LocatedItem } from "./bank";
import type { TItem } from "./schema";

let n = 0;

export function validItem(overrides: Partial<TItem> = {}): TItem {
  n += 1;
  return {
    id: `dicom-networking-${String(n).padStart(3, "0")}`,
    version: 1,
    topic: "dicom-networking",
    certifications: ["ciip"],
    difficulty: 3,
    cognitive: "application",
    status: "active",
    stem: `Scenario ${n}: a new ultrasound unit in clinic ${n} cannot send studies; the PACS log shows an association rejected for reason ${n}. What should be checked first?`,
    options: [
      {
        text: "The calling AE title known to the PACS",
        correct: true,
        why: "Correct. An unknown calling AE title is rejected at association time.",
      },
      {
        text: "The JPEG 2000 licence on the workstation",
        why: "Incorrect. Compression is negotiated after the association is accepted.",
      },
      {
        text: "The storage commitment timeout value",
        why: "Incorrect. Commitment happens after images are stored, not at association.",
      },
      {
        text: "The worklist query's date range filter",
        why: "Incorrect. The worklist query does not affect the storage association.",
      },
    ],
    explanation:
      "Associations are accepted or rejected before any data moves. A rejection that names the calling AE title points at the PACS's table of known devices, so the first fix is to register the new unit there.",
    references: ["DICOM PS3.8, §7.1.1 (association establishment)"],
    ...overrides,
  };
}

export function located(
  item: TItem,
  file = "questions/bank/image-management/dicom-networking.yaml",
  line = 1,
): LocatedItem {
  return { item, file, line, lineOf: (path) => line + path.length };
}

/** Four valid items with the key in positions A, B, C and D, and no longest-key cue. */
export function balancedItems(count = 8): LocatedItem[] {
  return Array.from({ length: count }, (_, i) => {
    const base = validItem();
    const options = [...base.options];
    const key = options.shift()!;
    options.splice(i % 4, 0, key);
    return located({ ...base, options });
  });
}
