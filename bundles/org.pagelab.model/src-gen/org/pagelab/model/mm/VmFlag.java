/**
 */
package org.pagelab.model.mm;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Vm Flag</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * vm_flags by kernel name (include/linux/mm.h), VM_ prefix dropped.
 * <!-- end-model-doc -->
 * @see org.pagelab.model.mm.MmPackage#getVmFlag()
 * @model
 * @generated
 */
public enum VmFlag implements Enumerator {
	/**
	 * The '<em><b>Read</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #READ_VALUE
	 * @generated
	 * @ordered
	 */
	READ(0, "read", "read"),

	/**
	 * The '<em><b>Write</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WRITE_VALUE
	 * @generated
	 * @ordered
	 */
	WRITE(1, "write", "write"),

	/**
	 * The '<em><b>Exec</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXEC_VALUE
	 * @generated
	 * @ordered
	 */
	EXEC(2, "exec", "exec"),

	/**
	 * The '<em><b>Shared</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARED_VALUE
	 * @generated
	 * @ordered
	 */
	SHARED(3, "shared", "shared"),

	/**
	 * The '<em><b>Mayread</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAYREAD_VALUE
	 * @generated
	 * @ordered
	 */
	MAYREAD(4, "mayread", "mayread"),

	/**
	 * The '<em><b>Maywrite</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAYWRITE_VALUE
	 * @generated
	 * @ordered
	 */
	MAYWRITE(5, "maywrite", "maywrite"),

	/**
	 * The '<em><b>Mayexec</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAYEXEC_VALUE
	 * @generated
	 * @ordered
	 */
	MAYEXEC(6, "mayexec", "mayexec"),

	/**
	 * The '<em><b>Mayshare</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAYSHARE_VALUE
	 * @generated
	 * @ordered
	 */
	MAYSHARE(7, "mayshare", "mayshare"),

	/**
	 * The '<em><b>Growsdown</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GROWSDOWN_VALUE
	 * @generated
	 * @ordered
	 */
	GROWSDOWN(8, "growsdown", "growsdown"),

	/**
	 * The '<em><b>Uffd missing</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UFFD_MISSING_VALUE
	 * @generated
	 * @ordered
	 */
	UFFD_MISSING(9, "uffd_missing", "uffd_missing"),

	/**
	 * The '<em><b>Uffd wp</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UFFD_WP_VALUE
	 * @generated
	 * @ordered
	 */
	UFFD_WP(10, "uffd_wp", "uffd_wp"),

	/**
	 * The '<em><b>Uffd minor</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UFFD_MINOR_VALUE
	 * @generated
	 * @ordered
	 */
	UFFD_MINOR(11, "uffd_minor", "uffd_minor"),

	/**
	 * The '<em><b>Locked</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCKED_VALUE
	 * @generated
	 * @ordered
	 */
	LOCKED(12, "locked", "locked"),

	/**
	 * The '<em><b>Io</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IO_VALUE
	 * @generated
	 * @ordered
	 */
	IO(13, "io", "io"),

	/**
	 * The '<em><b>Dontcopy</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DONTCOPY_VALUE
	 * @generated
	 * @ordered
	 */
	DONTCOPY(14, "dontcopy", "dontcopy"),

	/**
	 * The '<em><b>Dontexpand</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DONTEXPAND_VALUE
	 * @generated
	 * @ordered
	 */
	DONTEXPAND(15, "dontexpand", "dontexpand"),

	/**
	 * The '<em><b>Lockonfault</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCKONFAULT_VALUE
	 * @generated
	 * @ordered
	 */
	LOCKONFAULT(16, "lockonfault", "lockonfault"),

	/**
	 * The '<em><b>Account</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCOUNT_VALUE
	 * @generated
	 * @ordered
	 */
	ACCOUNT(17, "account", "account"),

	/**
	 * The '<em><b>Noreserve</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NORESERVE_VALUE
	 * @generated
	 * @ordered
	 */
	NORESERVE(18, "noreserve", "noreserve"),

	/**
	 * The '<em><b>Hugetlb</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HUGETLB_VALUE
	 * @generated
	 * @ordered
	 */
	HUGETLB(19, "hugetlb", "hugetlb"),

	/**
	 * The '<em><b>Sync</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYNC_VALUE
	 * @generated
	 * @ordered
	 */
	SYNC(20, "sync", "sync"),

	/**
	 * The '<em><b>Wipeonfork</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WIPEONFORK_VALUE
	 * @generated
	 * @ordered
	 */
	WIPEONFORK(21, "wipeonfork", "wipeonfork"),

	/**
	 * The '<em><b>Dontdump</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DONTDUMP_VALUE
	 * @generated
	 * @ordered
	 */
	DONTDUMP(22, "dontdump", "dontdump"),

	/**
	 * The '<em><b>Softdirty</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOFTDIRTY_VALUE
	 * @generated
	 * @ordered
	 */
	SOFTDIRTY(23, "softdirty", "softdirty"),

	/**
	 * The '<em><b>Mixedmap</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIXEDMAP_VALUE
	 * @generated
	 * @ordered
	 */
	MIXEDMAP(24, "mixedmap", "mixedmap"),

	/**
	 * The '<em><b>Hugepage</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HUGEPAGE_VALUE
	 * @generated
	 * @ordered
	 */
	HUGEPAGE(25, "hugepage", "hugepage"),

	/**
	 * The '<em><b>Nohugepage</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOHUGEPAGE_VALUE
	 * @generated
	 * @ordered
	 */
	NOHUGEPAGE(26, "nohugepage", "nohugepage"),

	/**
	 * The '<em><b>Mergeable</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MERGEABLE_VALUE
	 * @generated
	 * @ordered
	 */
	MERGEABLE(27, "mergeable", "mergeable"),

	/**
	 * The '<em><b>Pfnmap</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PFNMAP_VALUE
	 * @generated
	 * @ordered
	 */
	PFNMAP(28, "pfnmap", "pfnmap");

	/**
	 * The '<em><b>Read</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #READ
	 * @model name="read"
	 * @generated
	 * @ordered
	 */
	public static final int READ_VALUE = 0;

	/**
	 * The '<em><b>Write</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WRITE
	 * @model name="write"
	 * @generated
	 * @ordered
	 */
	public static final int WRITE_VALUE = 1;

	/**
	 * The '<em><b>Exec</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXEC
	 * @model name="exec"
	 * @generated
	 * @ordered
	 */
	public static final int EXEC_VALUE = 2;

	/**
	 * The '<em><b>Shared</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARED
	 * @model name="shared"
	 * @generated
	 * @ordered
	 */
	public static final int SHARED_VALUE = 3;

	/**
	 * The '<em><b>Mayread</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAYREAD
	 * @model name="mayread"
	 * @generated
	 * @ordered
	 */
	public static final int MAYREAD_VALUE = 4;

	/**
	 * The '<em><b>Maywrite</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAYWRITE
	 * @model name="maywrite"
	 * @generated
	 * @ordered
	 */
	public static final int MAYWRITE_VALUE = 5;

	/**
	 * The '<em><b>Mayexec</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAYEXEC
	 * @model name="mayexec"
	 * @generated
	 * @ordered
	 */
	public static final int MAYEXEC_VALUE = 6;

	/**
	 * The '<em><b>Mayshare</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAYSHARE
	 * @model name="mayshare"
	 * @generated
	 * @ordered
	 */
	public static final int MAYSHARE_VALUE = 7;

	/**
	 * The '<em><b>Growsdown</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GROWSDOWN
	 * @model name="growsdown"
	 * @generated
	 * @ordered
	 */
	public static final int GROWSDOWN_VALUE = 8;

	/**
	 * The '<em><b>Uffd missing</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UFFD_MISSING
	 * @model name="uffd_missing"
	 * @generated
	 * @ordered
	 */
	public static final int UFFD_MISSING_VALUE = 9;

	/**
	 * The '<em><b>Uffd wp</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UFFD_WP
	 * @model name="uffd_wp"
	 * @generated
	 * @ordered
	 */
	public static final int UFFD_WP_VALUE = 10;

	/**
	 * The '<em><b>Uffd minor</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UFFD_MINOR
	 * @model name="uffd_minor"
	 * @generated
	 * @ordered
	 */
	public static final int UFFD_MINOR_VALUE = 11;

	/**
	 * The '<em><b>Locked</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCKED
	 * @model name="locked"
	 * @generated
	 * @ordered
	 */
	public static final int LOCKED_VALUE = 12;

	/**
	 * The '<em><b>Io</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IO
	 * @model name="io"
	 * @generated
	 * @ordered
	 */
	public static final int IO_VALUE = 13;

	/**
	 * The '<em><b>Dontcopy</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DONTCOPY
	 * @model name="dontcopy"
	 * @generated
	 * @ordered
	 */
	public static final int DONTCOPY_VALUE = 14;

	/**
	 * The '<em><b>Dontexpand</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DONTEXPAND
	 * @model name="dontexpand"
	 * @generated
	 * @ordered
	 */
	public static final int DONTEXPAND_VALUE = 15;

	/**
	 * The '<em><b>Lockonfault</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCKONFAULT
	 * @model name="lockonfault"
	 * @generated
	 * @ordered
	 */
	public static final int LOCKONFAULT_VALUE = 16;

	/**
	 * The '<em><b>Account</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCOUNT
	 * @model name="account"
	 * @generated
	 * @ordered
	 */
	public static final int ACCOUNT_VALUE = 17;

	/**
	 * The '<em><b>Noreserve</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NORESERVE
	 * @model name="noreserve"
	 * @generated
	 * @ordered
	 */
	public static final int NORESERVE_VALUE = 18;

	/**
	 * The '<em><b>Hugetlb</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HUGETLB
	 * @model name="hugetlb"
	 * @generated
	 * @ordered
	 */
	public static final int HUGETLB_VALUE = 19;

	/**
	 * The '<em><b>Sync</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYNC
	 * @model name="sync"
	 * @generated
	 * @ordered
	 */
	public static final int SYNC_VALUE = 20;

	/**
	 * The '<em><b>Wipeonfork</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WIPEONFORK
	 * @model name="wipeonfork"
	 * @generated
	 * @ordered
	 */
	public static final int WIPEONFORK_VALUE = 21;

	/**
	 * The '<em><b>Dontdump</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DONTDUMP
	 * @model name="dontdump"
	 * @generated
	 * @ordered
	 */
	public static final int DONTDUMP_VALUE = 22;

	/**
	 * The '<em><b>Softdirty</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOFTDIRTY
	 * @model name="softdirty"
	 * @generated
	 * @ordered
	 */
	public static final int SOFTDIRTY_VALUE = 23;

	/**
	 * The '<em><b>Mixedmap</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIXEDMAP
	 * @model name="mixedmap"
	 * @generated
	 * @ordered
	 */
	public static final int MIXEDMAP_VALUE = 24;

	/**
	 * The '<em><b>Hugepage</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HUGEPAGE
	 * @model name="hugepage"
	 * @generated
	 * @ordered
	 */
	public static final int HUGEPAGE_VALUE = 25;

	/**
	 * The '<em><b>Nohugepage</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOHUGEPAGE
	 * @model name="nohugepage"
	 * @generated
	 * @ordered
	 */
	public static final int NOHUGEPAGE_VALUE = 26;

	/**
	 * The '<em><b>Mergeable</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MERGEABLE
	 * @model name="mergeable"
	 * @generated
	 * @ordered
	 */
	public static final int MERGEABLE_VALUE = 27;

	/**
	 * The '<em><b>Pfnmap</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PFNMAP
	 * @model name="pfnmap"
	 * @generated
	 * @ordered
	 */
	public static final int PFNMAP_VALUE = 28;

	/**
	 * An array of all the '<em><b>Vm Flag</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final VmFlag[] VALUES_ARRAY =
		new VmFlag[] {
			READ,
			WRITE,
			EXEC,
			SHARED,
			MAYREAD,
			MAYWRITE,
			MAYEXEC,
			MAYSHARE,
			GROWSDOWN,
			UFFD_MISSING,
			UFFD_WP,
			UFFD_MINOR,
			LOCKED,
			IO,
			DONTCOPY,
			DONTEXPAND,
			LOCKONFAULT,
			ACCOUNT,
			NORESERVE,
			HUGETLB,
			SYNC,
			WIPEONFORK,
			DONTDUMP,
			SOFTDIRTY,
			MIXEDMAP,
			HUGEPAGE,
			NOHUGEPAGE,
			MERGEABLE,
			PFNMAP,
		};

	/**
	 * A public read-only list of all the '<em><b>Vm Flag</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<VmFlag> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Vm Flag</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VmFlag get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VmFlag result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Vm Flag</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VmFlag getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VmFlag result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Vm Flag</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VmFlag get(int value) {
		switch (value) {
			case READ_VALUE: return READ;
			case WRITE_VALUE: return WRITE;
			case EXEC_VALUE: return EXEC;
			case SHARED_VALUE: return SHARED;
			case MAYREAD_VALUE: return MAYREAD;
			case MAYWRITE_VALUE: return MAYWRITE;
			case MAYEXEC_VALUE: return MAYEXEC;
			case MAYSHARE_VALUE: return MAYSHARE;
			case GROWSDOWN_VALUE: return GROWSDOWN;
			case UFFD_MISSING_VALUE: return UFFD_MISSING;
			case UFFD_WP_VALUE: return UFFD_WP;
			case UFFD_MINOR_VALUE: return UFFD_MINOR;
			case LOCKED_VALUE: return LOCKED;
			case IO_VALUE: return IO;
			case DONTCOPY_VALUE: return DONTCOPY;
			case DONTEXPAND_VALUE: return DONTEXPAND;
			case LOCKONFAULT_VALUE: return LOCKONFAULT;
			case ACCOUNT_VALUE: return ACCOUNT;
			case NORESERVE_VALUE: return NORESERVE;
			case HUGETLB_VALUE: return HUGETLB;
			case SYNC_VALUE: return SYNC;
			case WIPEONFORK_VALUE: return WIPEONFORK;
			case DONTDUMP_VALUE: return DONTDUMP;
			case SOFTDIRTY_VALUE: return SOFTDIRTY;
			case MIXEDMAP_VALUE: return MIXEDMAP;
			case HUGEPAGE_VALUE: return HUGEPAGE;
			case NOHUGEPAGE_VALUE: return NOHUGEPAGE;
			case MERGEABLE_VALUE: return MERGEABLE;
			case PFNMAP_VALUE: return PFNMAP;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private VmFlag(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //VmFlag
