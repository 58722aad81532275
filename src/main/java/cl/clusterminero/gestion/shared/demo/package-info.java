/** The demo data set: each feature contributes its seed, run in order and only under the {@code demo} profile. */
package cl.clusterminero.gestion.shared.demo;
