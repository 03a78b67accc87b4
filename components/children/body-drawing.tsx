import { useTranslations } from 'next-intl';
import type { BodyArea, NeverMassagedZone } from '@/lib/domain/rules';
import { AREA_HANDS, ZONE_VIEWS, type HandsDirection } from '@/lib/domain/rules/body-map';

// A baby lying on its back (or tummy, for the back), seen from above, in a 120 × 170 box. The
// baby's right side is on the viewer's left, as a parent facing the baby sees it.
const HEAD = { cx: 60, cy: 22, r: 16 };
const TORSO = { x: 40, y: 40, width: 40, height: 56 };
const ARMS = [
  { x: 22, y: 42, width: 14, height: 52 },
  { x: 84, y: 42, width: 14, height: 52 },
];
const LEGS = [
  { x: 42, y: 98, width: 15, height: 62 },
  { x: 63, y: 98, width: 15, height: 62 },
];

type Rect = { x: number; y: number; width: number; height: number };

/** The shapes each area lights up. */
const AREA_SHAPES: Record<BodyArea, { circles?: (typeof HEAD)[]; rects: Rect[] }> = {
  HEAD_FACE: { circles: [HEAD], rects: [] },
  CHEST: { rects: [{ ...TORSO, height: 26 }] },
  TUMMY: { rects: [{ ...TORSO, y: 66, height: 30 }] },
  ARMS_HANDS: { rects: ARMS },
  LEGS_FEET: { rects: LEGS },
  BACK: { rects: [TORSO] },
  WHOLE_BODY: { circles: [HEAD], rects: [TORSO, ...ARMS, ...LEGS] },
};

/** Where each zone to avoid is marked, per side of the body. */
const ZONE_POINTS: Record<NeverMassagedZone, { FRONT?: [number, number][]; BACK?: [number, number][] }> = {
  FONTANELLE: { FRONT: [[60, 10]] },
  HEART: { FRONT: [[68, 56]] },
  MAMMARY_GLANDS: {
    FRONT: [
      [50, 50],
      [70, 50],
    ],
  },
  LYMPH_NODES_ARMPITS: {
    FRONT: [
      [39, 46],
      [81, 46],
    ],
  },
  LIVER_KIDNEYS: {
    FRONT: [[49, 68]],
    BACK: [
      [51, 80],
      [69, 80],
    ],
  },
  LYMPH_NODES_GROIN: {
    FRONT: [
      [50, 96],
      [70, 96],
    ],
  },
  INNER_THIGH: {
    FRONT: [
      [57, 112],
      [63, 112],
    ],
  },
  LYMPH_NODES_UNDER_KNEES: {
    BACK: [
      [49, 130],
      [70, 130],
    ],
  },
  KNEE_ELBOW_JOINTS: {
    FRONT: [
      [49, 130],
      [70, 130],
      [29, 68],
      [91, 68],
    ],
    BACK: [
      [29, 68],
      [91, 68],
    ],
  },
  SHOULDER_HIP_JOINTS: {
    FRONT: [
      [36, 42],
      [84, 42],
      [46, 99],
      [74, 99],
    ],
    BACK: [
      [36, 42],
      [84, 42],
    ],
  },
  SPINE: { BACK: [] },
};

const EDGE = 4;

function isOnArea([x, y]: [number, number], shapes: (typeof AREA_SHAPES)[BodyArea]): boolean {
  return (
    (shapes.circles ?? []).some((circle) => Math.hypot(x - circle.cx, y - circle.cy) <= circle.r + EDGE) ||
    shapes.rects.some(
      (rect) =>
        x >= rect.x - EDGE && x <= rect.x + rect.width + EDGE && y >= rect.y - EDGE && y <= rect.y + rect.height + EDGE,
    )
  );
}

/** The arrows for each way of moving the hands, drawn on the area. */
function Arrows({ hands, area, arrowHead }: { hands: HandsDirection; area: BodyArea; arrowHead: string }) {
  const arrow = { stroke: 'currentColor', strokeWidth: 2.5, fill: 'none', markerEnd: `url(#${arrowHead})` };
  switch (hands) {
    case 'CLOCKWISE':
      // An arc round the navel drawn with the sweep flag set: clockwise on the screen.
      return <path d="M 60 71 A 10 10 0 1 1 51 84" {...arrow} />;
    case 'TOWARDS_CENTRE':
      return area === 'ARMS_HANDS' ? (
        <>
          <line x1={29} y1={90} x2={29} y2={50} {...arrow} />
          <line x1={91} y1={90} x2={91} y2={50} {...arrow} />
        </>
      ) : (
        <>
          <line x1={49} y1={155} x2={49} y2={106} {...arrow} />
          <line x1={70} y1={155} x2={70} y2={106} {...arrow} />
        </>
      );
    case 'OUT_FROM_CENTRE':
      return area === 'HEAD_FACE' ? (
        <>
          <line x1={58} y1={18} x2={48} y2={22} {...arrow} />
          <line x1={62} y1={18} x2={72} y2={22} {...arrow} />
        </>
      ) : (
        <>
          <line x1={58} y1={58} x2={45} y2={46} {...arrow} />
          <line x1={62} y1={58} x2={75} y2={46} {...arrow} />
        </>
      );
    case 'BESIDE_SPINE':
      return (
        <>
          <line x1={54} y1={92} x2={54} y2={46} {...arrow} markerStart={`url(#${arrowHead})`} />
          <line x1={66} y1={92} x2={66} y2={46} {...arrow} markerStart={`url(#${arrowHead})`} />
        </>
      );
    case 'NONE':
      return null;
    default: {
      const unknown: never = hands;
      return unknown;
    }
  }
}

/**
 * A simple drawing of the baby's body for one area of the routine: the area lit up, the way the
 * hands move as arrows, and the zones to avoid near it marked with a cross. The picture repeats
 * the words beside it; its text alternative says the same for a screen reader.
 */
export function BodyDrawing({
  id,
  area,
  avoid,
}: {
  /** Unique on the page: names the drawing's arrow head. */
  id: string;
  area: BodyArea;
  avoid: readonly NeverMassagedZone[];
}) {
  const t = useTranslations('children.drawing');
  const tRules = useTranslations('rules');
  const arrowHead = `arrow-head-${id}`;
  const { hands, view } = AREA_HANDS[area];
  const shapes = AREA_SHAPES[area];
  // A zone is marked where it lies on (or at the edge of) the area drawn, so the cross sits where
  // the hands go; the spine is a line down the back.
  const marks = avoid
    .filter((zone) => (ZONE_VIEWS[zone] as readonly string[]).includes(view))
    .map((zone) => ({ zone, points: (ZONE_POINTS[zone][view] ?? []).filter((point) => isOnArea(point, shapes)) }));
  const zones = marks
    .filter(({ zone, points }) => points.length > 0 || (zone === 'SPINE' && view === 'BACK'))
    .map(({ zone }) => zone);
  const avoidWords = zones.map((zone) => tRules(`neverMassaged.${zone}.label`).toLowerCase());
  const label = [
    t('label', {
      area: tRules(`bodyAreas.${area}.label`),
      onTummy: view === 'BACK' ? 'true' : 'false',
      hands: t(`hands.${hands}`),
    }),
    avoidWords.length > 0 ? t('avoid', { zones: avoidWords.join(', ') }) : null,
  ]
    .filter(Boolean)
    .join('; ');
  return (
    <svg
      role="img"
      aria-label={`${label}.`}
      viewBox="0 0 120 170"
      className="h-auto w-16 shrink-0 text-brand-700 sm:w-24 print:text-black"
    >
      <defs>
        <marker
          id={arrowHead}
          viewBox="0 0 10 10"
          refX={5}
          refY={5}
          markerWidth={4}
          markerHeight={4}
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill="currentColor" />
        </marker>
      </defs>
      <g fill="#f1f5f9" stroke="#64748b" strokeWidth={1.5}>
        <circle {...HEAD} />
        <rect {...TORSO} rx={12} />
        {[...ARMS, ...LEGS].map((limb) => (
          <rect key={`${limb.x}-${limb.y}`} {...limb} rx={7} />
        ))}
      </g>
      <g fill="currentColor" fillOpacity={0.18} stroke="currentColor" strokeWidth={2.5} strokeDasharray="4 2">
        {shapes.circles?.map((circle) => (
          <circle key="head" {...circle} />
        ))}
        {shapes.rects.map((rect) => (
          <rect key={`${rect.x}-${rect.y}`} {...rect} rx={7} />
        ))}
      </g>
      {view === 'BACK' && zones.includes('SPINE') ? (
        <line x1={60} y1={42} x2={60} y2={94} stroke="#b91c1c" strokeWidth={2} strokeDasharray="2 2" />
      ) : null}
      <Arrows hands={hands} area={area} arrowHead={arrowHead} />
      <g stroke="#b91c1c" strokeWidth={2}>
        {marks.flatMap(({ zone, points }) =>
          points.map(([x, y]) => (
            <path
              key={`${zone}-${x}-${y}`}
              d={`M ${x - 3} ${y - 3} L ${x + 3} ${y + 3} M ${x + 3} ${y - 3} L ${x - 3} ${y + 3}`}
            />
          )),
        )}
      </g>
    </svg>
  );
}
