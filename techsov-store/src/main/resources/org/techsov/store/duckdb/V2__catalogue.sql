-- Placeholder for the programme catalogue tables; the branch that adds them replaces this file.
SELECT 1;
