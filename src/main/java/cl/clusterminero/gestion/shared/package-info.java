/** Building blocks every feature may use: the base entity, display formats, translations and demo seeding. */
package cl.clusterminero.gestion.shared;
