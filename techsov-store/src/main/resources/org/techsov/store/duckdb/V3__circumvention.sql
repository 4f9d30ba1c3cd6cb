-- Placeholder for the circumvention tables; the branch that adds them replaces this file.
SELECT 1;
