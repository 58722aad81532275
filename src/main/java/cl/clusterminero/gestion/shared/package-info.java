/** Building blocks every feature may use, and none of which depends on a feature: entity base, formats, translations, demo seeding, audit, PDF, search, scheduling, import, validation, UI pieces. */
package cl.clusterminero.gestion.shared;
