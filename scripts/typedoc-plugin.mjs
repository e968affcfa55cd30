// TypeDoc plugin of the API reference (typedoc.json `plugin`), two rules on how types are shown:
//
// - A zod schema (`CandidateSchema`...) is shown as its zod class (`ZodObject`, `ZodEnum`...)
//   without the type arguments zod infers for it, which are zod's internals (every key's zod type,
//   thousands of lines on the schemas page). Its JSDoc says which model it validates, and that
//   model's page lists the fields with their documentation.
// - A route of the typed route tables (`Routes`, `JobApplicationsRoutes`...) is named by its key,
//   `'GET /jobs/{jobId}'`, the way SmartRecruiters' reference names it. The route, its
//   `params`/`query`/`body`/`response` slots and its path parameters get a one-line description
//   from that key when their source has none (a comment in the source wins). So does an event of
//   `WebhookEventPayloads`, keyed by SmartRecruiters' event name.
import { Comment, Converter, ReferenceType, ReflectionKind, ReflectionType } from 'typedoc';

const ROUTE_KEY = /^(GET|POST|PUT|PATCH|DELETE) \//;

const SLOTS = {
  params: (route) => `Path parameters of ${route}: one per \`{name}\` of its path.`,
  query: (route) => `Query parameters of ${route}.`,
  body: (route) => `Request body of ${route}.`,
  response: (route) => `Response body of ${route}, parsed (\`undefined\` when SmartRecruiters sends none).`,
};

/** @param {string} text A sentence with `code` spans. */
function comment(text) {
  const parts = text.split(/(`[^`]*`)/).filter(Boolean);
  return new Comment(parts.map((part) => ({ kind: part.startsWith('`') ? 'code' : 'text', text: part })));
}

/** The property a type literal (`__type`) belongs to, or undefined. */
function owner(reflection) {
  const literal = reflection.parent;
  if (!literal?.kindOf(ReflectionKind.TypeLiteral)) return undefined;
  const parent = literal.parent;
  return parent?.kindOf(ReflectionKind.Property) ? parent : undefined;
}

/** Removes the inline object types of zod's type arguments from a schema's type. */
function collapseZod(project, reflection) {
  const type = reflection.type;
  if (!(type instanceof ReferenceType) || type.package !== 'zod' || !type.typeArguments) return;
  const literals = [];
  const isType = (value) => value !== null && typeof value === 'object' && typeof value.type === 'string';
  const visit = (t) => {
    if (t instanceof ReflectionType) {
      literals.push(t.declaration);
      return;
    }
    for (const value of Object.values(t)) {
      if (Array.isArray(value)) value.filter(isType).forEach(visit);
      else if (isType(value)) visit(value);
    }
  };
  type.typeArguments.forEach(visit);
  for (const literal of literals) project.removeReflection(literal);
  type.typeArguments = undefined;
}

/** Describes undocumented route-table entries and webhook events from their keys. */
function describeRoutes(project) {
  for (const property of project.getReflectionsByKind(ReflectionKind.Property)) {
    if (property.hasComment()) continue;
    if (property.parent?.name === 'WebhookEventPayloads') {
      property.comment = comment(`Payload of SmartRecruiters' \`${property.name}\` webhook event.`);
      continue;
    }
    if (ROUTE_KEY.test(property.name)) {
      property.comment = comment(`SmartRecruiters' \`${property.name}\`.`);
      continue;
    }
    const route = owner(property);
    if (route && ROUTE_KEY.test(route.name) && property.name in SLOTS) {
      property.comment = comment(SLOTS[property.name](`\`${route.name}\``));
      continue;
    }
    const slot = route;
    const slotRoute = slot && owner(slot);
    if (slot?.name === 'params' && slotRoute && ROUTE_KEY.test(slotRoute.name)) {
      property.comment = comment(`\`{${property.name}}\` in the path of \`${slotRoute.name}\`.`);
    }
  }
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    (context) => {
      const project = context.project;
      for (const variable of project.getReflectionsByKind(ReflectionKind.Variable)) {
        collapseZod(project, variable);
      }
      describeRoutes(project);
    },
    // Before TypeDoc's own resolve-time handlers (categories, inherited comments).
    200,
  );
}
