// The page registry: the navigation shows these pages in this order. A page is one module
// exporting { id, title, defaults(context), render(root, params, context, setParams) }; adding
// an analysis's page is adding its module and one line here (see docs/guide/dashboard.md).

import country from './country.js';
import product from './product.js';
import circumvention from './circumvention.js';
import feasibility from './feasibility.js';
import programmes from './programmes.js';
import localisation from './localisation.js';
import embargo from './embargo.js';
import scorecard from './scorecard.js';

export const pages = [country, product, circumvention, feasibility, programmes, scorecard, localisation, embargo];
