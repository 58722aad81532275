/** Input problems as data (field, i18n key, arguments) so services can refuse input and views show why, per field. */
package cl.clusterminero.gestion.shared.validation;
