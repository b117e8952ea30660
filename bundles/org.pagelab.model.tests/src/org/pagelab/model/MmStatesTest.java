package org.pagelab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pagelab.model.mm.CacheEntry;
import org.pagelab.model.mm.File;
import org.pagelab.model.mm.FileKind;
import org.pagelab.model.mm.LockKind;
import org.pagelab.model.mm.LockMode;
import org.pagelab.model.mm.MMState;
import org.pagelab.model.mm.Mm;
import org.pagelab.model.mm.MmFactory;
import org.pagelab.model.mm.MmPackage;
import org.pagelab.model.mm.Page;
import org.pagelab.model.mm.PageFlag;
import org.pagelab.model.mm.Pmd;
import org.pagelab.model.mm.PmdKind;
import org.pagelab.model.mm.Pte;
import org.pagelab.model.mm.PteKind;
import org.pagelab.model.mm.SwapSlot;
import org.pagelab.model.mm.ThreadStatus;
import org.pagelab.model.mm.UffdMessage;
import org.pagelab.model.mm.Userfaultfd;
import org.pagelab.model.mm.Vma;
import org.pagelab.model.mm.VmaKind;
import org.pagelab.model.mm.VmFlag;

class MmStatesTest {
    private static final MmFactory F = MmFactory.eINSTANCE;

    /** A state that uses every class of the model: a THP split, shmem with a swapped page, a uffd-wp marker. */
    static MMState richState() {
        MMState s = F.createMMState();
        s.setName("rich");
        s.setStep(3);
        Page head = F.createPage();
        head.setName("H");
        head.setPfn(0x200000L);
        head.setOrder(9);
        head.setRefcount(513);
        head.setMapcount(1);
        head.getFlags().addAll(List.of(PageFlag.HEAD, PageFlag.DIRTY, PageFlag.ANON, PageFlag.SWAPBACKED, PageFlag.THP));
        head.setData("7");
        Page tail = F.createPage();
        tail.setName("H+1");
        tail.setPfn(0x200001L);
        tail.setCompoundHead(head);
        tail.getFlags().add(PageFlag.COMPOUND_TAIL);
        Page shm = F.createPage();
        shm.setName("S");
        shm.setPfn(0xfffffffffL);
        shm.setRefcount(2);
        shm.setPincount(1);
        shm.setFree(false);
        shm.setBuffers(true);
        var plock = F.createLock();
        plock.setName("PG_locked");
        plock.setKind(LockKind.PAGE_LOCK);
        plock.setMode(LockMode.EXCLUSIVE);
        plock.getHolders().add("truncate");
        shm.setLock(plock);
        s.getPages().addAll(List.of(head, tail, shm));

        File f = F.createFile();
        f.setName("guest-mem");
        f.setPath("/dev/shm/guest-mem");
        f.setKind(FileKind.SHMEM);
        f.setSize(1L << 21);
        SwapSlot slot = F.createSwapSlot();
        slot.setName("swap-3");
        slot.setOffset(3);
        slot.setCount(1);
        slot.setData("5");
        s.getSwapSlots().add(slot);
        CacheEntry c0 = F.createCacheEntry();
        c0.setIndex(0);
        c0.setPage(shm);
        CacheEntry c1 = F.createCacheEntry();
        c1.setIndex(1);
        c1.setSwapSlot(slot);
        f.getCache().addAll(List.of(c0, c1));
        shm.setMapping(f);
        s.getFiles().add(f);

        Mm mm = F.createMm();
        mm.setName("qemu");
        mm.setPid(77);
        Vma anon = F.createVma();
        anon.setName("guest-ram");
        anon.setStart(0x7f0000000000L);
        anon.setEnd(0x7f0000400000L);
        anon.setKind(VmaKind.ANONYMOUS);
        anon.getFlags().addAll(List.of(VmFlag.READ, VmFlag.WRITE, VmFlag.UFFD_WP, VmFlag.HUGEPAGE));
        Vma shared = F.createVma();
        shared.setName("shm-map");
        shared.setStart(0x7f1000000000L);
        shared.setEnd(0x7f1000200000L);
        shared.setKind(VmaKind.SHMEM);
        shared.setFile(f);
        shared.getFlags().addAll(List.of(VmFlag.READ, VmFlag.WRITE, VmFlag.SHARED, VmFlag.MAYSHARE));
        mm.getVmas().addAll(List.of(anon, shared));
        head.setAnonVma(anon);
        Pmd huge = F.createPmd();
        huge.setAddress(0x7f0000200000L);
        huge.setKind(PmdKind.HUGE);
        huge.setPage(head);
        huge.setPfn(head.getPfn());
        huge.setDirty(true);
        huge.setWrite(true);
        Pmd table = F.createPmd();
        table.setAddress(0x7f1000000000L);
        table.setKind(PmdKind.TABLE);
        var ptl = F.createLock();
        ptl.setKind(LockKind.PTL);
        ptl.setMode(LockMode.UNLOCKED);
        table.setPtl(ptl);
        Pte present = F.createPte();
        present.setAddress(0x7f1000000000L);
        present.setKind(PteKind.PRESENT);
        present.setPage(shm);
        present.setPfn(shm.getPfn());
        present.setYoung(true);
        present.setUffdWp(true);
        Pte marker = F.createPte();
        marker.setAddress(0x7f1000001000L);
        marker.setKind(PteKind.MARKER);
        marker.setMarker("uffd-wp");
        Pte swap = F.createPte();
        swap.setAddress(0x7f1000002000L);
        swap.setKind(PteKind.SWAP);
        swap.setSwapSlot(slot);
        Pte zero = F.createPte();
        zero.setAddress(0x7f1000003000L);
        zero.setKind(PteKind.ZERO_PAGE);
        table.getPtes().addAll(List.of(present, marker, swap, zero));
        mm.getPmds().addAll(List.of(huge, table));
        Userfaultfd u = F.createUserfaultfd();
        u.setName("uffd0");
        u.setWp(true);
        UffdMessage msg = F.createUffdMessage();
        msg.setAddress(0x7f0000201000L);
        msg.setKind("wp");
        msg.setThread("vcpu");
        u.getPending().add(msg);
        mm.setUserfaultfd(u);
        s.getMms().add(mm);

        var t = F.createThreadState();
        t.setName("vcpu");
        t.setIndex(0);
        t.setStatus(ThreadStatus.WAITING);
        t.setLocation("s2.scn:40");
        t.getStack().addAll(List.of("handle_mm_fault", "do_wp_page", "handle_userfault"));
        var r = F.createNamedValue();
        r.setName("r0");
        r.setValue("1");
        t.getRegisters().add(r);
        s.getThreads().add(t);
        return s;
    }

    @Test
    void everyClassOfTheModelIsUsedByTheRichState() {
        // guards the round-trip test below against new classes it does not cover
        MMState s = richState();
        var used = new java.util.HashSet<EClass>();
        used.add(s.eClass());
        s.eAllContents().forEachRemaining(o -> used.add(o.eClass()));
        for (EClassifier c : MmPackage.eINSTANCE.getEClassifiers()) {
            if (c instanceof EClass ec && !ec.isAbstract()) {
                assertTrue(used.contains(ec), "richState() does not use " + ec.getName());
            }
        }
    }

    @Test
    void roundTripKeepsEveryFeatureAndReference(@TempDir Path dir) throws Exception {
        MMState s = richState();
        Path f = dir.resolve("rich.mmstate");
        MmStates.save(s, f);
        MMState back = MmStates.load(f);
        assertTrue(EcoreUtil.equals(s, back), "state changed in a save/load round trip");
        // cross references resolve to objects of the loaded state, not proxies
        Page head = back.getPages().get(0);
        assertSame(back.getMms().get(0).getVmas().get(0), head.getAnonVma());
        assertSame(head, back.getMms().get(0).getPmds().get(0).getPage());
        assertFalse(head.getAnonVma().eIsProxy());
        assertEquals(0xfffffffffL, back.getPages().get(2).getPfn());
    }

    @Test
    void numbersKernelDevelopersReadInHexAreSavedInHex() throws Exception {
        String xml = new String(MmStates.toBytes(richState()), StandardCharsets.UTF_8);
        assertTrue(xml.contains("pfn=\"0x200000\""), xml);
        assertTrue(xml.contains("start=\"0x7f0000000000\""), xml);
        assertTrue(xml.contains("<flags>dirty</flags>"), xml);
        assertTrue(xml.contains("anonVma=\"guest-ram\""), "references by name: " + xml);
    }

    @Test
    void decimalNumbersAreAcceptedOnInput() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<mm:MMState xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:mm=\"http://www.pagelab.org/mm/1.0\">\n"
                + "  <pages name=\"P\" pfn=\"4096\" refcount=\"1\"/>\n</mm:MMState>\n";
        MMState s = MmStates.fromBytes("dec.mmstate", xml.getBytes(StandardCharsets.UTF_8));
        assertEquals(4096L, s.getPages().get(0).getPfn());
    }

    @Test
    void malformedFilesGiveLocatedErrors(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.mmstate");
        Files.writeString(bad, "<?xml version=\"1.0\"?>\n<mm:MMState xmlns:mm=\"http://www.pagelab.org/mm/1.0\">\n  <pages name=\"P\"\n</mm:MMState>\n");
        StateFileException e = assertThrows(StateFileException.class, () -> MmStates.load(bad));
        assertTrue(e.line() >= 3, e.getMessage());
        assertTrue(e.getMessage().startsWith(bad.toString() + ":"), e.getMessage());

        Path unknown = dir.resolve("unknown.mmstate");
        Files.writeString(unknown, "<?xml version=\"1.0\"?>\n<mm:MMState xmlns:mm=\"http://www.pagelab.org/mm/1.0\">\n"
                + "  <pages name=\"P\" refcnt=\"2\"/>\n</mm:MMState>\n");
        e = assertThrows(StateFileException.class, () -> MmStates.load(unknown));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("refcnt"), e.getMessage());

        Path notXml = dir.resolve("garbage.mmstate");
        Files.write(notXml, new byte[] { 0x28, (byte) 0xb5, 0x2f, (byte) 0xfd, 0, 1, 2 });
        e = assertThrows(StateFileException.class, () -> MmStates.load(notXml));
        assertTrue(e.getMessage().startsWith(notXml.toString()), e.getMessage());

        e = assertThrows(StateFileException.class, () -> MmStates.load(dir.resolve("missing.mmstate")));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void namesThatCannotBeReferencedAreRefusedBeforeWriting(@TempDir Path dir) throws Exception {
        MMState s = richState();
        s.getSwapSlots().get(0).setName("swap:3");
        Path f = dir.resolve("s.mmstate");
        IOException e = assertThrows(IOException.class, () -> MmStates.save(s, f));
        assertTrue(e.getMessage().contains("swap:3"), e.getMessage());
        assertFalse(Files.exists(f));
    }

    @Test
    void savingIsAtomicAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("s.mmstate");
        MmStates.save(richState(), f);
        byte[] before = Files.readAllBytes(f);
        MMState changed = richState();
        changed.getPages().get(0).setRefcount(512);
        MmStates.save(changed, f);
        assertEquals(512, MmStates.load(f).getPages().get(0).getRefcount());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(f), files.toList(), "temporary files left behind");
        }
        // a save that fails (target is a directory) leaves the directory and no temp file
        Path d = dir.resolve("sub.mmstate");
        Files.createDirectory(d);
        Files.writeString(d.resolve("keep"), "x");
        assertThrows(IOException.class, () -> MmStates.save(richState(), d));
        assertTrue(Files.isDirectory(d));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count());
        }
        assertTrue(before.length > 0);
    }

    @Test
    void atomicWritesKeepTheFilesPermissionsAndLeaveNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("kept.pgl");
        Files.writeString(f, "old");
        var perms = java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(f, perms);
        Object inode = Files.getAttribute(f, "unix:ino");
        MmStates.writeAtomically(f, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("new", Files.readString(f));
        assertEquals(perms, Files.getPosixFilePermissions(f), "a user's file keeps its permissions");
        assertFalse(inode.equals(Files.getAttribute(f, "unix:ino")), "replaced by a rename, not rewritten in place");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void theS1ExampleStateLoads() throws Exception {
        Path example = projectDir().resolve("examples/states/s1-setup.mmstate");
        MMState s = MmStates.load(example);
        Page p = s.getPages().get(0);
        assertEquals(1, p.getRefcount());
        assertEquals(1, p.getMapcount());
        // MADV_FREE cleared dirty and swapbacked: a lazyfree page
        assertFalse(p.getFlags().contains(PageFlag.DIRTY));
        assertFalse(p.getFlags().contains(PageFlag.SWAPBACKED));
        Pte pte = s.getMms().get(0).getPmds().get(0).getPtes().get(0);
        assertSame(p, pte.getPage());
        assertTrue(pte.isWrite());
        assertFalse(pte.isDirty());
    }

    @Test
    void everyAttributeAndReferenceIsDocumented() {
        // the model is read by users in the Properties view: no undocumented features
        for (EClassifier c : MmPackage.eINSTANCE.getEClassifiers()) {
            assertTrue(EcoreUtil.getDocumentation(c) != null, c.getName() + " lacks documentation");
            if (c instanceof EClass ec && ec != MmPackage.Literals.NAMED_VALUE) {
                for (EStructuralFeature sf : ec.getEStructuralFeatures()) {
                    assertTrue(EcoreUtil.getDocumentation(sf) != null, ec.getName() + "." + sf.getName() + " lacks documentation");
                }
            }
            if (c instanceof EEnum e) {
                assertFalse(e.getELiterals().isEmpty());
            }
        }
        assertTrue(MmPackage.Literals.PAGE__NAME instanceof EAttribute a && a.isID());
        assertTrue(MmPackage.Literals.PAGE__ANON_VMA instanceof EReference r && !r.isContainment());
    }

    static Path projectDir() {
        String p = System.getProperty("pagelab.project.dir");
        Path dir = p != null ? Path.of(p) : Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("project root not found; set -Dpagelab.project.dir");
        }
        return dir;
    }
}
