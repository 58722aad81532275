/** Who may use the application and what each role may do: users, roles, passwords, login and the admin bootstrap. */
package cl.clusterminero.gestion.security;
