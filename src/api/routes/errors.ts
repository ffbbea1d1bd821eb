import { Problem } from '../problem.js';

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: Problem } },
});

/** OpenAPI entries for the problem responses routes give. */
export const ERRORS = {
  400: problemResponse('The request is invalid; `detail` and `errors` say what to change.'),
  404: problemResponse('Nothing matches; `detail` says why and `suggestions` may list near matches.'),
  503: problemResponse('The search engine did not answer; retry after the `Retry-After` header.'),
};
